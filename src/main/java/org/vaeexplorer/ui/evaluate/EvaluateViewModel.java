package org.vaeexplorer.ui.evaluate;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.analysis.LatentDensity;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.FullEvaluator;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How good the model on screen is, by the tutorial's three criteria (reconstruction, generation, latent coverage),
 * on request: {@link FullEvaluator} runs on a thread of its own with a network of its own, reports its progress,
 * and can be cancelled between steps. The figures say when they no longer belong to the model on screen
 * (training went on, another model or dataset opened).
 */
public final class EvaluateViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluateViewModel.class);
    /**
     * The bundle's keys of the steps' names (see {@link #stepName}): FullEvaluator's, and the two of this class,
     * which it names in key form already.
     */
    static final String STEP_KEYS = "evaluate.step.";
    private static final String TRAINING_A_CLASSIFIER = "trainingAClassifier";
    private static final String TEST_ELBO = "testElbo";
    /** Cells per side of the aggregate posterior's picture (2-D models). */
    static final int DENSITY_CELLS = 56;

    /**
     * The figures of one evaluation.
     *
     * @param test       test negative ELBO and its parts (nats per image), as training reports it
     * @param density    the test encodings on the latent plane (2-D models), else null
     * @param classNames what the classifier's ten classes are called
     * @param seconds    how long the evaluation took
     * @param keptRun    the kept run whose model was evaluated, or null for a model that is not one
     */
    public record Figures(LossParts test, FullEvaluation full, LatentDensity density, ClassNames classNames,
                          double seconds, KeptRun keptRun) {

        /** How far the ELBO lies below the importance-weighted bound on log p(x), in nats: the ELBO's gap. */
        public double elboGap() {
            return full.iwaeLogLikelihood() + test.negElbo();
        }
    }

    /**
     * A kept run whose model is on screen unchanged.
     *
     * @param trainedEpochs how far it had trained (its history's {@code trainedEpochs})
     */
    public record KeptRun(String id, double trainedEpochs) {
    }

    /** Which kept run, if any, the model on screen is, asked when an evaluation starts; on the UI thread. */
    @FunctionalInterface
    public interface KeptRuns {
        KeptRuns NONE = () -> null;

        /** The kept run whose model is on screen unchanged, or null. */
        KeptRun runOnScreen();
    }

    private record Request(ModelParams model, Dataset data, KeptRun keptRun, AtomicBoolean cancelled, long start) {
    }

    /** A step under way: its name as the layer below reports it (in English), how far it has come. */
    private record Step(Request request, String name, int done, int total) {
    }

    /** Thrown from the progress listener of a cancelled evaluation, on its thread: it ends the computation there. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final ObservableValue<ModelParams> model;
    private final ObservableValue<Dataset> data;
    private final BackgroundExecutor executor;
    private final Executor thread;
    private final ClassifierSource classifiers;
    private final KeptRuns keptRuns;
    private final int iwaeSamples;
    private final int priorSamples;
    private final Consumer<Step> progressOnUi;
    private Consumer<Figures> onFinished = f -> { };

    /** Confined to {@link #thread}: the classifier is loaded once per dataset and kept. */
    private Dataset judgedData;
    private DigitClassifier judge;

    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    /** The stage and status as made in the window's language, made anew when it changes. */
    private final ObjectProperty<Supplier<String>> stageText = new SimpleObjectProperty<>(() -> "");
    private final ObjectProperty<Supplier<String>> statusText =
            new SimpleObjectProperty<>(() -> I18n.text("evaluate.status.ready"));
    private Request running;
    private ModelParams evaluatedModel;
    private Dataset evaluatedData;

    /**
     * @param model        the parameters on screen (the plane's)
     * @param thread       a confined thread for the evaluation's networks
     * @param iwaeSamples  k of the importance-weighted bound
     * @param priorSamples samples from the prior the generation figures are taken over
     */
    public EvaluateViewModel(ObservableValue<ModelParams> model, ObservableValue<Dataset> data,
                             BackgroundExecutor executor, Executor thread,
                             ClassifierSource classifiers, KeptRuns keptRuns, int iwaeSamples, int priorSamples) {
        this.model = Objects.requireNonNull(model);
        this.data = Objects.requireNonNull(data);
        this.executor = Objects.requireNonNull(executor);
        this.thread = Objects.requireNonNull(thread);
        this.classifiers = Objects.requireNonNull(classifiers);
        this.keptRuns = Objects.requireNonNull(keptRuns);
        new FullEvaluation.Settings(iwaeSamples, priorSamples, 0); // checks them now, not in the middle of a run
        this.iwaeSamples = iwaeSamples;
        this.priorSamples = priorSamples;
        this.progressOnUi = executor.latestOnUiThread(this::showStep);
        stage.bind(I18n.bind(() -> stageText.get().get(), stageText));
        status.bind(I18n.bind(() -> statusText.get().get(), statusText));
        InvalidationListener follow = o -> updateStale();
        model.addListener(follow);
        data.addListener(follow);
    }

    /** The figures of the last evaluation that finished, or null before the first. */
    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the figures shown are of another model or dataset than the ones on screen now. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The share of the current step done, 0 to 1, while an evaluation runs; -1 before its first report. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the evaluation is computing now ("importance-weighted log p(x) 3000/10000"), empty when idle. */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** One line on what the tab shows and why: waiting, evaluating, done in how long, stale, cancelled, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Told of each evaluation that finishes, on the UI thread (the window keeps a kept run's figures with it). */
    public void setOnFinished(Consumer<Figures> action) {
        onFinished = Objects.requireNonNull(action);
    }

    /** Evaluates the model on screen on the data on screen; does nothing while an evaluation runs. */
    public void evaluate() {
        if (busy.get()) {
            return;
        }
        Dataset d = data.getValue();
        ModelParams m = model.getValue();
        if (d == null || m == null || !m.config().readsImagesOf(d)) {
            statusText.set(() -> I18n.text("evaluate.status.noModel"));
            return;
        }
        Request request = new Request(m, d, keptRuns.runOnScreen(), new AtomicBoolean(), System.nanoTime());
        running = request;
        busy.set(true);
        progress.set(-1);
        stageText.set(() -> I18n.text("evaluate.stage.starting"));
        int images = d.test().count();
        statusText.set(() -> I18n.text("evaluate.status.evaluating", images, iwaeSamples, priorSamples));
        try {
            thread.execute(() -> run(request));
        } catch (RejectedExecutionException closed) {
            running = null; // the window is closing
            busy.set(false);
        }
    }

    /** Stops the evaluation under way at its next step; the figures shown before stay. */
    public void cancel() {
        if (running != null) {
            running.cancelled().set(true);
            stageText.set(() -> I18n.text("evaluate.stage.cancelling"));
        }
    }

    // ---- on the evaluation's thread ------------------------------------------------------------------

    private void run(Request r) {
        try {
            Figures result = compute(r);
            executor.runOnUiThread(() -> finished(r, result));
        } catch (Cancelled c) {
            executor.runOnUiThread(() -> ended(r, () -> I18n.text("evaluate.status.cancelled")));
        } catch (Exception | LinkageError e) {
            LOG.warn("evaluation failed", e);
            executor.runOnUiThread(() -> ended(r, () -> I18n.text("evaluate.status.failed", I18n.detail(e))));
        }
    }

    private Figures compute(Request r) throws java.io.IOException {
        FullEvaluation.Listener listener = (name, done, total) -> {
            if (r.cancelled().get()) {
                throw new Cancelled();
            }
            progressOnUi.accept(new Step(r, name, done, total));
        };
        Dataset d = r.data();
        if (judge == null || judgedData != d) {
            judge = classifiers.classifierFor(d, (done, total) -> listener.progress(TRAINING_A_CLASSIFIER, done, total));
            judgedData = d;
        }
        Vae vae = Vae.withParams(r.model().config(), r.model().params());
        listener.progress(TEST_ELBO, 0, 1);
        LossParts test = Evaluation.meanLoss(vae, d.test(), vae.config().seed());
        FullEvaluation full = FullEvaluator.evaluate(vae, d.test(), judge,
                new FullEvaluation.Settings(iwaeSamples, priorSamples, vae.config().seed()), listener);
        LatentDensity density = null;
        if (vae.config().latentSize() == 2) {
            FullEvaluator.Posteriors q = FullEvaluator.encode(vae, d.test(), listener);
            density = LatentDensity.of(q.means(), d.test().count(), DENSITY_CELLS);
        }
        return new Figures(test, full, density, d.classNames(), (System.nanoTime() - r.start()) / 1e9, r.keptRun());
    }

    // ---- on the UI thread -------------------------------------------------------------------------------

    private void showStep(Step s) {
        if (s.request() != running || s.request().cancelled().get()) {
            return;
        }
        progress.set(s.total() == 0 ? 1 : (double) s.done() / s.total());
        stageText.set(() -> I18n.text("evaluate.stage.step", stepName(STEP_KEYS, s.name()), s.done(), s.total()));
    }

    private void finished(Request r, Figures f) {
        LOG.info("evaluated {} test images, k = {}, {} prior samples in {} s", r.data().test().count(), iwaeSamples,
                priorSamples, String.format(Locale.ROOT, "%.1f", f.seconds()));
        evaluatedModel = r.model();
        evaluatedData = r.data();
        figures.set(f);
        int images = r.data().test().count();
        ended(r, f.keptRun() == null ? () -> I18n.text("evaluate.status.done", f.seconds(), images)
                : () -> I18n.text("evaluate.status.doneKept", f.seconds(), images, f.keptRun().id()));
        onFinished.accept(f);
    }

    private void ended(Request r, Supplier<String> message) {
        if (r != running) {
            return;
        }
        running = null;
        busy.set(false);
        progress.set(0);
        stageText.set(() -> "");
        statusText.set(message);
        updateStale();
    }

    private void updateStale() {
        ModelParams m = model.getValue();
        boolean old = evaluatedModel != null
                && (m == null || m.version() != evaluatedModel.version() || data.getValue() != evaluatedData);
        stale.set(old);
        if (old && !busy.get()) {
            statusText.set(() -> I18n.text("evaluate.status.stale"));
        }
    }

    /**
     * The window's words for a step that a layer below ui reports by an English name (FullEvaluator's
     * "importance-weighted log p(x)", GeneratedDataset's "writing the files"): the bundle's text under the name in
     * lower camel case after {@code prefix} ({@code evaluate.step.importanceWeightedLogPX}), so that those layers
     * stay free of the window's languages; the English name itself for a step the bundles do not name yet.
     */
    public static String stepName(String prefix, String step) {
        String key = prefix + camelCase(step);
        // Both bundles have the same keys (I18nBundlesTest); asking the base one spares a warning per progress report.
        return ResourceBundle.getBundle(I18n.class.getPackageName() + ".messages").containsKey(key) ? I18n.text(key) : step;
    }

    /** "importance-weighted log p(x)" -> "importanceWeightedLogPX": its words, each after the first capitalised. */
    static String camelCase(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0)))
                        .append(word, 1, word.length());
            }
        }
        return key.toString();
    }
}
