package org.vaeexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.train.StepRecord;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.KeptEvaluation;
import org.vaeexplorer.ui.evaluate.ClassifierSource;
import org.vaeexplorer.ui.evaluate.EvaluateViewModel;
import org.vaeexplorer.ui.compare.ComparisonViewModel;
import org.vaeexplorer.ui.export.ExportViewModel;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.generate.GenerateDatasetViewModel;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.MovedEncodings;
import org.vaeexplorer.ui.plane.ReconstructionViewModel;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.runs.RunsViewModel;
import org.vaeexplorer.ui.samples.SampleStripViewModel;
import org.vaeexplorer.ui.session.AnalysisScheduler;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.session.ModelSession;
import org.vaeexplorer.ui.training.PresetsViewModel;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The whole window's state: the model session, the status line, errors for the user, and the child view
 * models, connected here. Loading, saving and analysis run off the UI thread; a run's news is pulled once per
 * frame ({@link #onFrame()}).
 */
public final class ExplorerViewModel implements AutoCloseable {

    /**
     * On closing, how long stopping a run with a checkpoint and writing the run's files (that checkpoint, or a
     * stopped run's final file) may take in all: within the time the app has to end once asked
     * ({@code ChildLifetime.SHUTDOWN_GRACE}), with room for the JVM's own exit.
     */
    static final Duration CLOSE_WAIT = Duration.ofMillis(3500);

    private final Setup setup;
    private boolean closed;
    private final BackgroundExecutor executor;

    /** The latest note, made anew in the language of the moment. */
    private final ReadOnlyObjectWrapper<Supplier<String>> message = new ReadOnlyObjectWrapper<>(this, "message", () -> "");
    private final StringBinding messageText = I18n.bind(() -> message.get().get(), message);
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper interactive = new ReadOnlyBooleanWrapper(this, "interactive");

    private final ModelSession session;
    private final AnalysisScheduler analysis;
    private final RunAdoption adoption;
    private final TrainingViewModel training;
    private final LatentPlaneViewModel plane;
    private final SampleStripViewModel samples = new SampleStripViewModel();
    private final ReconstructionViewModel reconstructions = new ReconstructionViewModel();
    private final BooleanBinding filesEnabled;
    private final RunsViewModel runs;
    private final ExportViewModel exports;
    private final PresetsViewModel presets;
    private final ComparisonViewModel comparison;
    private final DisplayViewModel display = new DisplayViewModel();
    private final GenerateDatasetViewModel generator;
    private final EvaluateViewModel evaluation;

    public ExplorerViewModel(Setup setup, BackgroundExecutor executor) {
        this.setup = Objects.requireNonNull(setup);
        this.executor = Objects.requireNonNull(executor);
        this.plane = new LatentPlaneViewModel(executor);
        this.session = new ModelSession(executor, setup.shippedModel(), message::set, error::set, new ModelSession.Screen() {
            @Override
            public void modelArriving(CurrentModel m) {
                showModel(m);
            }

            @Override
            public void dataArriving(Dataset d) {
                plane.setClassNames(d.classNames());
                analysis.dataArriving(d);
            }

            @Override
            public void dataShown() {
                analysis.analyze();
            }
        });
        this.analysis = new AnalysisScheduler(executor, session.dataProperty(), plane, reconstructions);
        this.training = new TrainingViewModel(session.dataProperty(), session.modelProperty(), session.busyProperty(),
                this::reset, this::runStarted);
        this.filesEnabled = Bindings.createBooleanBinding(
                () -> !session.busyProperty().get() && !training.activeBinding().get() && session.modelProperty().get() != null,
                session.busyProperty(), training.activeBinding(), session.modelProperty());
        interactive.bind(plane.decodedProperty().isNotNull().and(session.modelProperty().isNotNull()));
        this.runs = new RunsViewModel(new RunStore(setup.runsFolder()), executor, error::set, this::openRun, filesEnabled);
        this.adoption = new RunAdoption(session, analysis, training, runs, plane, samples, filesEnabled, message::set,
                runsFolderName());
        this.exports = new ExportViewModel(executor, session.modelProperty(), session.dataProperty(), samples,
                error::set, message::set);
        this.presets = new PresetsViewModel(training);
        this.generator = new GenerateDatasetViewModel(executor, session.modelProperty(), session.dataProperty(),
                InstallFolder.find(DigitClassifier.SHIPPED).orElse(null), error::set, message::set, this::openDataset);
        // A step's arrows say what that step did: once the run goes on, they no longer do.
        training.stateProperty().addListener((obs, old, now) -> {
            if (now != TrainingViewModel.RunState.PAUSED) {
                plane.showMovedEncodings(null);
            }
        });
        // Classifiers trained for other datasets are kept beside the runs, in the user's folder.
        ClassifierSource judges = ClassifierSource.keptIn(setup.runsFolder().toAbsolutePath().resolveSibling("classifiers"));
        this.evaluation = new EvaluateViewModel(plane.paramsProperty(), session.dataProperty(), executor,
                executor.newConfinedThread("vae-evaluate"), judges, this::keptRunOnScreen,
                FullEvaluation.Settings.IWAE_SAMPLES, FullEvaluation.Settings.PRIOR_SAMPLES);
        evaluation.setOnFinished(f -> {
            if (f.keptRun() != null) {
                runs.keepEvaluation(f.keptRun().id(),
                        new KeptEvaluation(f.keptRun().trainedEpochs(), f.test(), f.full(), f.seconds()));
            }
        });
        this.comparison = new ComparisonViewModel(executor, session.modelProperty(), session.dataProperty(), error::set);
    }

    // ---- state ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CurrentModel> modelProperty() {
        return session.modelProperty();
    }

    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return session.dataProperty();
    }

    /** The status bar's model line, following the language. */
    public StringBinding modelStatusProperty() {
        return session.modelStatusProperty();
    }

    /** The status bar's data line, following the language. */
    public StringBinding dataStatusProperty() {
        return session.dataStatusProperty();
    }

    /** The latest note for the user (saved, opened, training ended ...), following the language. */
    public StringBinding messageProperty() {
        return messageText;
    }

    /** Shows {@code text} as the latest note for the user; it is asked again when the language changes. */
    public void note(Supplier<String> text) {
        message.set(text);
    }

    /** An error to show in a dialog; {@link #acknowledgeError()} clears it. */
    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    /** True once a model is loaded and its first decoding is on screen: dragging works. */
    public ReadOnlyBooleanProperty interactiveProperty() {
        return interactive.getReadOnlyProperty();
    }

    /** Open and Save As are possible: no run under way, no file operation pending. */
    public BooleanBinding filesEnabledBinding() {
        return filesEnabled;
    }

    public TrainingViewModel training() {
        return training;
    }

    public LatentPlaneViewModel plane() {
        return plane;
    }

    public SampleStripViewModel samples() {
        return samples;
    }

    public ReconstructionViewModel reconstructions() {
        return reconstructions;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public PresetsViewModel presets() {
        return presets;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public DisplayViewModel display() {
        return display;
    }

    public GenerateDatasetViewModel generator() {
        return generator;
    }

    /** The Evaluate tab: the model on screen judged by reconstruction, generation and latent coverage. */
    public EvaluateViewModel evaluation() {
        return evaluation;
    }

    // ---- commands ------------------------------------------------------------------------------------

    /**
     * Loads the start-up model, then the dataset, in the background ({@link ModelSession#openAtStartup}), and
     * lists the kept runs.
     */
    public void start() {
        session.openAtStartup(setup.modelFile(), setup.data()::load);
        runs.refresh();
    }

    /** Opens a model file; on failure the current model stays and the error is shown. */
    public void open(Path file) {
        open(file, () -> { });
    }

    /** {@link #open(Path)}, then {@code then} on this thread once the model is on screen (not on failure). */
    public void open(Path file, Runnable then) {
        if (filesEnabled.get()) {
            session.load(file, false, String.valueOf(file.getFileName()), then);
        }
    }

    /**
     * Opens the dataset in folder {@code dir} (the four IDX files) and shows and trains on it. A model that
     * reads images of another size is replaced by an untrained one of the right size. On failure nothing
     * changes and the error names the file and what is wrong with it.
     */
    public void openDataset(Path dir) {
        if (filesEnabled.get()) {
            session.openDataset(dir);
        }
    }

    /** Saves the current model to {@code file}; never over the shipped model. */
    public void saveAs(Path file) {
        if (filesEnabled.get()) {
            session.saveAs(file);
        }
    }

    public void acknowledgeError() {
        error.set(null);
    }

    /** Once per frame, on the UI thread: takes the run's news in bulk. */
    public void onFrame() {
        TrainingFeed.Update update = training.pump();
        if (update == null || update.isEmpty()) {
            return;
        }
        analysis.trainingNews(update);
        adoption.trainingNews(update);
        StepRecord step = update.step();
        if (step != null && training.stateProperty().get() == TrainingViewModel.RunState.PAUSED) {
            plane.showMovedEncodings(new MovedEncodings(step.report().meansBefore(), step.report().meansAfter(),
                    step.indices().length, update.config().latentSize()));
        }
    }

    /**
     * Continues the interrupted run {@code entry} (see {@link RunsViewModel#interruptedProperty()}) from its
     * checkpoint: its model becomes the current one and training resumes at the minibatch it had reached.
     */
    public void resumeInterrupted(RunEntry entry) {
        adoption.resumeInterrupted(entry);
    }

    /**
     * The process is asked to end (SIGTERM, SIGINT): from the shutdown hook's thread, without the UI thread,
     * a run under way stops with a checkpoint of where it stood, written to its file before this returns
     * (within {@code wait}), so that the next start offers to resume it.
     */
    public void keepRunForProcessExit(Duration wait) {
        adoption.keepForProcessExit(wait);
    }

    /**
     * The app is ending: a run under way stops with a checkpoint, which is written before this returns, so
     * that the next start offers to resume it where it stood. Bounded by {@link #CLOSE_WAIT}; a second call does
     * nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        adoption.keepForClosing(CLOSE_WAIT);
        executor.close();
    }

    // ---- internals -----------------------------------------------------------------------------------

    /** Shows {@code m} everywhere but in the model property, which the session sets last. */
    private void showModel(CurrentModel m) {
        analysis.modelReplaced();
        runs.modelReplaced();
        training.showModel(m);
        samples.setHistory(m.history().samples());
        analysis.show(ModelParams.frozen(m.config(), m.file().params()));
    }

    private void runStarted(boolean continuing) {
        adoption.runStarted(continuing);
    }

    private void openRun(Path file, String id) {
        adoption.openRun(file, id);
    }

    /** Reset: the note says that nothing trained is lost, since every run is kept in the runs folder. */
    private void reset(VaeConfig config) {
        String runsFolder = runsFolderName();
        message.set(() -> I18n.text("app.reset", runsFolder));
        session.replaceWithFreshModel(config);
    }

    /** The kept run whose model is on screen as its file holds it: the current run's, while no run is under way. */
    private EvaluateViewModel.KeptRun keptRunOnScreen() {
        CurrentModel m = session.modelProperty().get();
        String id = runs.currentRun();
        return training.activeBinding().get() || id == null || m == null ? null
                : new EvaluateViewModel.KeptRun(id, m.history().trainedEpochs());
    }

    private String runsFolderName() {
        return setup.runsFolder().getFileName() + "/";
    }
}
