package org.vaeexplorer.ui.compare;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.SameLatentPoints;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.Sharpness;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.session.CurrentModel;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Two decoders side by side: the model on screen and one chosen from a file (e.g. the shipped MLP and
 * convolutional models of the same latent size) decode the same points drawn from the prior, so the class
 * sees what the decoder changes: the MLP's blurry averages against the convolutional decoder's strokes. Each
 * side says its networks, its test −ELBO and how sharp its samples are, beside the test images' sharpness.
 */
public final class ComparisonViewModel {

    /** Four rows of eight: enough digits to see a pattern, large enough to see their edges. */
    public static final int SAMPLES = 32;
    public static final int COLUMNS = 8;
    /** Test images whose sharpness is the yardstick: enough for a steady mean, quick to compute. */
    static final int TEST_IMAGES = 1000;

    /**
     * One model's side of the comparison.
     *
     * @param name        its file's name
     * @param testNegElbo its last test −ELBO, NaN when it is untrained
     * @param sharpness   the mean sharpness of its samples
     */
    public record Side(Architecture architecture, String name, double testNegElbo, double sharpness, GreyImages samples) {

        /** "MLP: mlp.zip", in the window's language. */
        public String title() {
            return I18n.text("compare.side.title", switch (architecture) {
                case MLP -> I18n.text("compare.architecture.mlp");
                case CONVOLUTIONAL -> I18n.text("compare.architecture.convolutional");
            }, name);
        }

        /** "test −ELBO 140.2, sharpness 0.012", in the window's language. */
        public String details() {
            return I18n.text("compare.side.details", Double.isNaN(testNegElbo) ? I18n.text("compare.side.untrained")
                    : I18n.text("compare.side.testElbo", testNegElbo), sharpness);
        }
    }

    /**
     * Both sides at one draw of latent points ({@code seed}), and the sharpness of test images (NaN without a
     * dataset or when its images are not the models' size).
     */
    public record Comparison(Side onScreen, Side chosen, long seed, double testSharpness) {
    }

    private final BackgroundExecutor executor;
    private final ReadOnlyObjectProperty<CurrentModel> onScreen;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final Consumer<UserError> errors;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Path chosenFile;
    private ModelFile chosen;
    private long seed = 1;

    /**
     * @param onScreen the window's current model
     * @param data     the window's dataset, for the test images' sharpness
     */
    public ComparisonViewModel(BackgroundExecutor executor, ReadOnlyObjectProperty<CurrentModel> onScreen,
            ReadOnlyObjectProperty<Dataset> data, Consumer<UserError> errors) {
        this.executor = Objects.requireNonNull(executor);
        this.onScreen = Objects.requireNonNull(onScreen);
        this.data = Objects.requireNonNull(data);
        this.errors = Objects.requireNonNull(errors);
    }

    /** The pictures to show; null until the first comparison is decoded. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** True while a model is read or the points decoded. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads {@code file} (in the background) and decodes the same points with it and the model on screen. */
    public void compareWith(Path file) {
        CurrentModel current = onScreen.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        Dataset dataset = data.get();
        long draw = seed;
        executor.submit(() -> {
            ModelFile other = ModelStore.load(file);
            checkComparable(current, other, file);
            return decode(current, file, other, dataset, draw);
        }, result -> {
            chosenFile = file;
            chosen = result.model;
            show(result.comparison);
        }, e -> {
            busy.set(false);
            errors.accept(new UserError(I18n.text("compare.error.title", file.getFileName()), I18n.detail(e)));
        });
    }

    /** New points from the prior, decoded by the same two models. */
    public void newPoints() {
        CurrentModel current = onScreen.get();
        if (current == null || chosen == null || busy.get()) {
            return;
        }
        busy.set(true);
        Dataset dataset = data.get();
        long draw = seed + 1;
        Path file = chosenFile;
        ModelFile other = chosen;
        executor.submit(() -> {
            checkComparable(current, other, file); // the model on screen may have changed since
            return decode(current, file, other, dataset, draw);
        }, result -> show(result.comparison), e -> {
            busy.set(false);
            errors.accept(new UserError(I18n.text("compare.error.title", file.getFileName()), I18n.detail(e)));
        });
    }

    private void show(Comparison result) {
        seed = result.seed();
        comparison.set(result);
        busy.set(false);
    }

    private record Decoded(ModelFile model, Comparison comparison) {
    }

    private static void checkComparable(CurrentModel current, ModelFile other, Path file) {
        int mine = current.config().latentSize();
        int theirs = other.config().latentSize();
        if (mine != theirs) {
            throw new IllegalArgumentException(I18n.text("compare.error.latentSize", file, theirs, current.name(), mine));
        }
    }

    /** Off the UI thread: both networks are made, used and dropped on this one thread. */
    private static Decoded decode(CurrentModel current, Path file, ModelFile other, Dataset dataset, long seed) {
        float[] points = SameLatentPoints.draw(current.config().latentSize(), SAMPLES, seed);
        Side left = side(current.file(), current.name(), SameLatentPoints.decode(current.file().toVae(), points, SAMPLES));
        Side right = side(other, String.valueOf(file.getFileName()), SameLatentPoints.decode(other.toVae(), points, SAMPLES));
        return new Decoded(other, new Comparison(left, right, seed, testSharpness(dataset, left.samples())));
    }

    private static Side side(ModelFile model, String name, GreyImages samples) {
        EpochRecord last = model.history().last();
        return new Side(model.config().architecture(), name, last == null ? Double.NaN : last.test().negElbo(),
                Sharpness.mean(samples.pixels(), samples.count(), samples.rows(), samples.cols()), samples);
    }

    private static double testSharpness(Dataset dataset, GreyImages like) {
        if (dataset == null || dataset.test().rows() != like.rows() || dataset.test().cols() != like.cols()) {
            return Double.NaN;
        }
        ImageSet test = dataset.test();
        int n = Math.min(TEST_IMAGES, test.count());
        return Sharpness.mean(test.head(n).scaledImages(), n, test.rows(), test.cols());
    }
}
