package org.vaeexplorer.ui.tools.interpolate;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.TestDigits;
import org.vaeexplorer.ui.fx.ToolRefresh;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.concurrent.Executor;

/**
 * Two endpoints (test digits, or latent points taken from the plane) and the decodings along the straight
 * line between their latent means; a position on the line moves the plane's latent point along it.
 */
public final class InterpolationViewModel {

    /** Decodings in the strip, both ends included. */
    public static final int STEPS = 10;

    /** One end: a test image (encoded to its mean) or, when {@code z} is set, a latent point. */
    record End(int index, float[] z) {
    }

    private record Query(ImageSet test, End a, End b) {
    }

    private record Described(End end, int label) {
    }

    /** The line's ends in latent space and the decodings along it, A first. */
    public record Strip(float[] a, float[] b, GreyImages decodings) {
    }

    private final LatentPlaneViewModel plane;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final DecodeWorker<Query, Strip> worker;
    private final ToolRefresh refresh = new ToolRefresh(this::compute);
    private final IntegerProperty indexA = new SimpleIntegerProperty(this, "indexA", 0);
    private final IntegerProperty indexB = new SimpleIntegerProperty(this, "indexB", 1);
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 0);
    private final ReadOnlyIntegerProperty testCount;
    private final ReadOnlyObjectWrapper<Strip> strip = new ReadOnlyObjectWrapper<>(this, "strip");
    /** The ends as last computed, with the label of A's and B's test image: what the descriptions say. */
    private final ReadOnlyObjectWrapper<Described> describedA = new ReadOnlyObjectWrapper<>(this, "describedA");
    private final ReadOnlyObjectWrapper<Described> describedB = new ReadOnlyObjectWrapper<>(this, "describedB");
    private final StringBinding describeA = I18n.bind(() -> describe(describedA.get()), describedA);
    private final StringBinding describeB = I18n.bind(() -> describe(describedB.get()), describedB);
    private float[] pointA;
    private float[] pointB;

    public InterpolationViewModel(LatentPlaneViewModel plane, ReadOnlyObjectProperty<Dataset> data, BackgroundExecutor executor,
                           Executor thread) {
        this.plane = plane;
        this.data = data;
        this.testCount = TestDigits.countOf(data);
        this.worker = new DecodeWorker<>(thread, InterpolationViewModel::decodeLine, executor.latestOnUiThread(this::show));
        indexA.addListener((obs, old, now) -> {
            pointA = null;
            refresh.request();
        });
        indexB.addListener((obs, old, now) -> {
            pointB = null;
            refresh.request();
        });
        position.addListener((obs, old, now) -> follow());
        plane.paramsProperty().addListener(x -> refresh.request());
        data.addListener(x -> refresh.request());
        refresh.request();
    }

    /** Test image at end A (used unless A was taken from the plane). */
    public IntegerProperty indexAProperty() {
        return indexA;
    }

    public IntegerProperty indexBProperty() {
        return indexB;
    }

    /** Where the latent point sits on the line: 0 at A, 1 at B. */
    public DoubleProperty positionProperty() {
        return position;
    }

    public ReadOnlyObjectProperty<Strip> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    /** "test #12, a 7" or "point on the plane". */
    public StringBinding describeAProperty() {
        return describeA;
    }

    public StringBinding describeBProperty() {
        return describeB;
    }

    public BooleanProperty activeProperty() {
        return refresh.activeProperty();
    }

    /** Takes end A from the plane's latent point. */
    public void useCurrentPointAsA() {
        pointA = currentPoint();
        refresh.request();
    }

    public void useCurrentPointAsB() {
        pointB = currentPoint();
        refresh.request();
    }

    /** The number of test images, 0 until the data set is loaded (spinners stop below it). */
    public ReadOnlyIntegerProperty testCountProperty() {
        return testCount;
    }

    private float[] currentPoint() {
        float[] z = plane.latentProperty().get();
        return z == null ? null : z.clone();
    }

    private void compute() {
        Dataset d = data.get();
        ModelParams params = plane.paramsProperty().get();
        if (d == null || params == null || !params.config().readsImagesOf(d)) {
            return;
        }
        End a = new End(TestDigits.clamp(d.test(), indexA.get()), pointA);
        End b = new End(TestDigits.clamp(d.test(), indexB.get()), pointB);
        describedA.set(new Described(a, d.test().label(a.index())));
        describedB.set(new Described(b, d.test().label(b.index())));
        worker.request(params, new Query(d.test(), a, b));
    }

    private static String describe(Described d) {
        return d == null ? "" : d.end().z() != null ? I18n.text("tools.interpolate.fromPlane")
                : I18n.text("tools.interpolate.testDigit", d.end().index(), d.label());
    }

    private void show(Strip result) {
        if (result.a().length != plane.paramsProperty().get().config().latentSize()) {
            return; // computed for a model since replaced by one of another shape
        }
        strip.set(result);
    }

    private void follow() {
        Strip s = strip.get();
        if (s != null) {
            plane.moveLatentTo(LatentPaths.along(s.a(), s.b(), position.get()));
        }
    }

    private static Strip decodeLine(Vae vae, Query q) {
        float[] a = latentOf(vae, q.test(), q.a());
        float[] b = latentOf(vae, q.test(), q.b());
        float[] decoded = LatentPaths.decodeAll(vae, LatentPaths.line(a, b, STEPS));
        return new Strip(a, b, new GreyImages(STEPS, vae.config().imageRows(), vae.config().imageCols(), decoded));
    }

    private static float[] latentOf(Vae vae, ImageSet test, End end) {
        if (end.z() != null && end.z().length == vae.config().latentSize()) {
            return end.z();
        }
        return LatentPaths.encodeMean(vae, test.scaledImages(new int[] {end.index()}));
    }
}
