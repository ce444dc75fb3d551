package org.vaeexplorer.ui.tools.anomalies;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.AnomalyRanking;
import org.vaeexplorer.evaluation.AnomalyDetection;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The test digits the current model finds least likely (lowest reconstruction log-probability) with their
 * reconstructions, over all test digits or one class. Ranking 10,000 digits takes seconds, so it runs on a
 * thread of its own, on request.
 */
public final class AnomalyViewModel {

    /** Digits shown. */
    public static final int SHOWN = 40;
    /** Draws from q(z|x) per digit: enough for a stable order of the strangest few, quick enough for a class. */
    static final int SAMPLES = 8;
    /** {@link #digitProperty()} value for all classes. */
    public static final int ALL = -1;

    /** The ranked digits shown: entry i has images 2i (the digit) and 2i + 1 (its reconstruction). */
    public record Ranking(List<AnomalyRanking.Entry> entries, GreyImages images, int ranked, int digit,
                          ClassNames classNames) {
    }

    /** @param scored told how many images are scored so far, after each chunk (on the ranking thread) */
    private record Query(ImageSet test, int digit, IntConsumer scored, ClassNames classNames) {
    }

    /** Finding {@code digit} among all of {@code test}; {@code scored} as in {@link Query}. */
    private record RocQuery(ImageSet test, int digit, IntConsumer scored) {
    }

    /**
     * Draws per test digit for the ROC: a fifth of the command line's {@value AnomalyDetection#DRAWS}, so that the
     * whole test set is scored in seconds rather than a minute; the areas move in their third decimal.
     */
    public static final int ROC_DRAWS = 20;

    private final LatentPlaneViewModel plane;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final DecodeWorker<Query, Ranking> worker;
    private final DecodeWorker<RocQuery, AnomalyDetection.Result> rocWorker;
    private final ReadOnlyObjectWrapper<Integer> leftOut = new ReadOnlyObjectWrapper<>(this, "leftOut");
    private final ReadOnlyObjectWrapper<AnomalyDetection.Result> detection = new ReadOnlyObjectWrapper<>(this, "detection");
    private final IntegerProperty digit = new SimpleIntegerProperty(this, "digit", ALL);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<Ranking> ranking = new ReadOnlyObjectWrapper<>(this, "ranking");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final Consumer<Double> progressOnUi;
    /** The status message, made in the language on screen whenever that changes. */
    private final ReadOnlyObjectWrapper<Supplier<String>> message = new ReadOnlyObjectWrapper<>(this, "message",
            () -> I18n.text("tools.anomalies.status.start"));
    private final StringBinding status = I18n.bind(() -> message.get().get(), message);

    public AnomalyViewModel(LatentPlaneViewModel plane, ReadOnlyObjectProperty<Dataset> data, BackgroundExecutor executor,
                     Executor thread) {
        this.plane = plane;
        this.data = data;
        this.worker = new DecodeWorker<>(thread, AnomalyViewModel::rank, executor.latestOnUiThread(this::show));
        // Same thread as the ranking: one network per thread, and the two never run at once.
        this.rocWorker = new DecodeWorker<>(thread, AnomalyViewModel::detect, executor.latestOnUiThread(this::showRoc));
        plane.paramsProperty().addListener((obs, old, now) -> modelChanged(old, now));
        modelChanged(null, plane.paramsProperty().get());
        this.progressOnUi = executor.latestOnUiThread(done -> {
            if (busy.get()) {
                progress.set(done);
            }
        });
    }

    /**
     * True while the tab is on screen; the view binds it to the tab's selection, as every tool's. Its keys (R, O)
     * act only then: a ranking started from a hidden tab would take seconds without showing anything.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The class to rank, 0 to 9, or {@link #ALL}. */
    public IntegerProperty digitProperty() {
        return digit;
    }

    /** What the labels mean: titles say "Least likely digits" only for digits. */
    public ReadOnlyObjectProperty<ClassNames> classNamesProperty() {
        return plane.classNamesProperty();
    }

    public ClassNames classNames() {
        return plane.classNamesProperty().get();
    }

    public ReadOnlyObjectProperty<Ranking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * The share of the images scored, 0 to 1, while a ranking runs (a whole test set takes long enough to
     * want a bar); -1 until the first chunk is scored.
     */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringBinding statusProperty() {
        return status;
    }

    /**
     * The digit the model on screen was trained without ({@code train --exclude-digit}), or null: only then is
     * there an ROC to draw.
     */
    public ReadOnlyObjectProperty<Integer> leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** How well each score finds the left-out digit among the test digits; null until measured for this model. */
    public ReadOnlyObjectProperty<AnomalyDetection.Result> detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    /** Another model (not new parameters of the same run): the ROC measured belongs to the old one. */
    private void modelChanged(ModelParams old, ModelParams now) {
        if (old == null || now == null || !old.config().equals(now.config())) {
            detection.set(null);
        }
        leftOut.set(now == null ? null : now.config().excludedDigit());
    }

    /** Measures, under the parameters on screen now, how well each score finds the digit the model left out. */
    public void measureRoc() {
        Dataset d = data.get();
        ModelParams params = plane.paramsProperty().get();
        Integer digit = leftOut.get();
        if (d == null || params == null || !params.config().readsImagesOf(d) || digit == null) {
            ClassNames names = classNames();
            say(digit == null ? () -> I18n.text("tools.anomalies.status.noLeftOut", item(names))
                    : () -> I18n.text("tools.anomalies.status.noModel"));
            return;
        }
        int anomalies = d.test().countOf(digit);
        if (anomalies == 0 || anomalies == d.test().count()) {
            String name = LatentPlaneViewModel.className(classNames(), digit);
            say(() -> I18n.text(anomalies == 0 ? "tools.anomalies.status.none" : "tools.anomalies.status.only", name));
            return;
        }
        busy.set(true);
        progress.set(-1);
        ClassNames names = classNames();
        say(() -> I18n.text("tools.anomalies.status.scoring", item(names), which(names, digit)));
        int total = d.test().count();
        rocWorker.request(params, new RocQuery(d.test(), digit,
                scored -> progressOnUi.accept((double) scored / total)));
    }

    private void showRoc(AnomalyDetection.Result r) {
        busy.set(false);
        progress.set(1);
        detection.set(r);
        ClassNames names = classNames();
        say(() -> I18n.text("tools.anomalies.status.roc", r.anomalies(), ofClass(names, r.digit()), r.images(),
                items(names), r.draws()));
    }

    private static AnomalyDetection.Result detect(Vae vae, RocQuery q) {
        return AnomalyDetection.measure(vae, q.test(), q.digit(), ROC_DRAWS, vae.config().seed(),
                (done, total) -> q.scored().accept(done));
    }

    /** Ranks the test digits (of the chosen class) under the parameters on screen now. */
    public void rank() {
        Dataset d = data.get();
        ModelParams params = plane.paramsProperty().get();
        if (d == null || params == null || !params.config().readsImagesOf(d)) {
            say(() -> I18n.text("tools.anomalies.status.noModel"));
            return;
        }
        busy.set(true);
        progress.set(-1);
        ClassNames names = classNames();
        int ranked = digit.get();
        say(() -> I18n.text("tools.anomalies.status.ranking", ranked == ALL
                ? I18n.text("tools.anomalies.allTest", items(names)) : which(names, ranked)));
        int total = AnomalyRanking.indicesOf(d.test(), digit.get()).length;
        worker.request(params, new Query(d.test(), digit.get(),
                scored -> progressOnUi.accept(total == 0 ? 1.0 : (double) scored / total), classNames()));
    }

    private void show(Ranking r) {
        busy.set(false);
        progress.set(1);
        ranking.set(r);
        ClassNames names = classNames();
        say(() -> I18n.text("tools.anomalies.status.ranked", r.entries().size(), r.ranked(),
                r.digit() == ALL ? I18n.text("tools.anomalies.testItems", items(names)) : which(names, r.digit()),
                item(names)));
    }

    private void say(Supplier<String> text) {
        message.set(text);
    }

    /** "the test 7s", "the test images of Trouser". */
    private static String which(ClassNames names, int c) {
        return names.digits() ? I18n.text("tools.anomalies.which.digit", c)
                : I18n.text("tools.anomalies.which.class", LatentPlaneViewModel.className(names, c));
    }

    /** "digit" or "image", in the window's language. */
    public static String item(ClassNames names) {
        return I18n.text(names.digits() ? "tools.anomalies.item.digit" : "tools.anomalies.item.image");
    }

    /** "digits" or "images". */
    public static String items(ClassNames names) {
        return I18n.text(names.digits() ? "tools.anomalies.items.digit" : "tools.anomalies.items.image");
    }

    /** The members of class {@code c}: "7s", "Trouser". */
    public static String ofClass(ClassNames names, int c) {
        return names.digits() ? I18n.text("tools.anomalies.class.digit", c) : LatentPlaneViewModel.className(names, c);
    }

    private static Ranking rank(Vae vae, Query q) {
        int[] indices = AnomalyRanking.indicesOf(q.test(), q.digit());
        List<AnomalyRanking.Entry> all = AnomalyRanking.rank(vae, q.test(), indices, SAMPLES, vae.config().seed(), q.scored());
        List<AnomalyRanking.Entry> top = List.copyOf(all.subList(0, Math.min(SHOWN, all.size())));
        int[] shown = top.stream().mapToInt(AnomalyRanking.Entry::index).toArray();
        int p = q.test().pixelsPerImage();
        float[] pixels = new float[2 * shown.length * p];
        if (shown.length > 0) {
            float[] originals = q.test().scaledImages(shown);
            float[] reconstructions = ImageMatrix.toFloats(vae.reconstruct(ImageMatrix.of(q.test(), shown)));
            for (int i = 0; i < shown.length; i++) {
                System.arraycopy(originals, i * p, pixels, 2 * i * p, p);
                System.arraycopy(reconstructions, i * p, pixels, (2 * i + 1) * p, p);
            }
        }
        return new Ranking(top, new GreyImages(2 * shown.length, q.test().rows(), q.test().cols(), pixels),
                indices.length, q.digit(), q.classNames());
    }
}
