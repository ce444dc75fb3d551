package org.vaeexplorer.ui.tools.repair;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.ImageMask;
import org.vaeexplorer.analysis.ImageRepair;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.TestDigits;
import org.vaeexplorer.ui.fx.ToolRefresh;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Image repair: part of a test digit is hidden (a half, or pixels the student paints over) and filled in by
 * iterating encode -> decode with the known pixels clamped ({@link ImageRepair}).
 */
public final class RepairViewModel {

    public static final int DEFAULT_ITERATIONS = ImageRepair.DEFAULT_ROUNDS;
    public static final int MAX_ITERATIONS = 200;

    /** What is hidden: one of the model's fixed masks, or the pixels painted by hand. */
    public enum Hidden {
        LOWER_HALF(ImageMask.LOWER_HALF, "tools.repair.hidden.lowerHalf"),
        UPPER_HALF(ImageMask.UPPER_HALF, "tools.repair.hidden.upperHalf"),
        LEFT_HALF(ImageMask.LEFT_HALF, "tools.repair.hidden.leftHalf"),
        RIGHT_HALF(ImageMask.RIGHT_HALF, "tools.repair.hidden.rightHalf"),
        PAINTED(null, "tools.repair.hidden.painted");

        private final ImageMask mask;
        private final String key;

        Hidden(ImageMask mask, String key) {
            this.mask = mask;
            this.key = key;
        }

        /** What the choice reads, in the window's language. */
        @Override
        public String toString() {
            return I18n.text(key);
        }
    }

    /** The three pictures: the digit with its hidden part, the repair, the original; {@code known} per pixel. */
    public record Repair(GreyImages original, boolean[] known, GreyImages repaired) {
    }

    private record Query(float[] image, boolean[] known, int rows, int cols, int iterations) {
    }

    private final LatentPlaneViewModel plane;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final DecodeWorker<Query, Repair> worker;
    private final ToolRefresh refresh = new ToolRefresh(this::compute);
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final ObjectProperty<Hidden> hidden = new SimpleObjectProperty<>(this, "hidden", Hidden.LOWER_HALF);
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", DEFAULT_ITERATIONS);
    private final ReadOnlyIntegerProperty testCount;
    private final ReadOnlyObjectWrapper<Repair> repair = new ReadOnlyObjectWrapper<>(this, "repair");
    private boolean[] painted = new boolean[0];

    public RepairViewModel(LatentPlaneViewModel plane, ReadOnlyObjectProperty<Dataset> data, BackgroundExecutor executor,
                    Executor thread) {
        this.plane = plane;
        this.data = data;
        this.testCount = TestDigits.countOf(data);
        this.worker = new DecodeWorker<>(thread, RepairViewModel::repair, executor.latestOnUiThread(repair::set));
        index.addListener(x -> refresh.request());
        hidden.addListener(x -> refresh.request());
        iterations.addListener(x -> refresh.request());
        plane.paramsProperty().addListener(x -> refresh.request());
        data.addListener(x -> refresh.request());
        refresh.request();
    }

    /** The test digit to repair. */
    public IntegerProperty indexProperty() {
        return index;
    }

    public ObjectProperty<Hidden> hiddenProperty() {
        return hidden;
    }

    /** Rounds of encode -> decode. */
    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public ReadOnlyObjectProperty<Repair> repairProperty() {
        return repair.getReadOnlyProperty();
    }

    public BooleanProperty activeProperty() {
        return refresh.activeProperty();
    }

    /** The number of test images, 0 until the data set is loaded (spinners stop below it). */
    public ReadOnlyIntegerProperty testCountProperty() {
        return testCount;
    }

    /**
     * Hides (or with {@code reveal}, shows again) the pixels under a brush of radius 1.5 at ({@code fx},
     * {@code fy}), fractions of the image's width and height; switches to painted pixels.
     */
    public void paintHidden(double fx, double fy, boolean reveal) {
        Dataset d = data.get();
        if (d == null) {
            return;
        }
        int rows = d.rows();
        int cols = d.cols();
        if (painted.length != rows * cols) {
            painted = new boolean[rows * cols];
        }
        double cy = fy * rows;
        double cx = fx * cols;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (Math.hypot(r + 0.5 - cy, c + 0.5 - cx) <= 1.5) {
                    painted[r * cols + c] = !reveal;
                }
            }
        }
        if (hidden.get() != Hidden.PAINTED) {
            hidden.set(Hidden.PAINTED); // requests the repair
        } else {
            refresh.request();
        }
    }

    /** Nothing painted any more. */
    public void clearPainted() {
        Arrays.fill(painted, false);
        refresh.request();
    }

    private void compute() {
        Dataset d = data.get();
        ModelParams params = plane.paramsProperty().get();
        if (d == null || params == null || !params.config().readsImagesOf(d)) {
            return;
        }
        ImageSet test = d.test();
        int i = TestDigits.clamp(test, index.get());
        boolean[] known;
        if (hidden.get().mask != null) {
            known = hidden.get().mask.known(d.rows(), d.cols());
        } else {
            if (painted.length != d.rows() * d.cols()) {
                painted = new boolean[d.rows() * d.cols()];
            }
            known = new boolean[painted.length];
            for (int p = 0; p < known.length; p++) {
                known[p] = !painted[p];
            }
        }
        int rounds = Math.max(1, Math.min(MAX_ITERATIONS, iterations.get()));
        worker.request(params, new Query(test.scaledImages(new int[] {i}), known, d.rows(), d.cols(), rounds));
    }

    private static Repair repair(Vae vae, Query q) {
        float[] repaired = ImageRepair.repair(vae, q.image(), q.known(), q.iterations());
        return new Repair(new GreyImages(1, q.rows(), q.cols(), q.image()), q.known(),
                new GreyImages(1, q.rows(), q.cols(), repaired));
    }
}
