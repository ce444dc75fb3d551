package org.vaeexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.analysis.LatentAnalysis;
import org.vaeexplorer.analysis.LatentAnalyzer;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.ui.export.ExportViewModel;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.ReconstructionViewModel;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.runs.RunsViewModel;
import org.vaeexplorer.ui.samples.SampleStripViewModel;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.PresetsViewModel;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The whole window's state: which model and data are loaded, the status line, errors for the user, and
 * the child view models. Loading, saving and analysis run off the UI thread; a run's news is pulled once
 * per frame ({@link #onFrame()}).
 */
public final class ExplorerViewModel implements AutoCloseable {

    /**
     * During training the test set is re-encoded (about 150 ms of CPU for 10,000 MNIST digits) every
     * iteration/2 iterations, but no more often than every MIN and at least every MAX iterations, and at
     * each epoch end: often while the picture changes fast, rarely once it settles. Re-encoding every 100
     * iterations cost the dragged digit its smoothness (drag-to-pixels p99 26 ms, against 14 ms without).
     */
    static final long MIN_ANALYSIS_INTERVAL = 200;
    static final long MAX_ANALYSIS_INTERVAL = 500;
    /**
     * On closing, how long stopping a run with a checkpoint and writing the run's files (that checkpoint, or a
     * stopped run's final file) may take in all: within the time the app has to end once asked
     * ({@code JvmRelaunch.SHUTDOWN_GRACE}), with room for the JVM's own exit.
     */
    static final Duration CLOSE_WAIT = Duration.ofMillis(3500);

    /** A run's file keeps at most this many points of its training curve (see CurvePoint.thinned). */
    static final int MAX_CURVE_POINTS = 4000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExplorerViewModel.class);

    private final Setup setup;
    private boolean closed;
    private final BackgroundExecutor executor;
    private final DecodeWorker<LatentAnalyzer.Query, LatentAnalysis> analyzer;

    private final ReadOnlyObjectWrapper<CurrentModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper(this, "modelStatus", "Model: loading\u2026");
    private final ReadOnlyStringWrapper dataStatus = new ReadOnlyStringWrapper(this, "dataStatus", "Data: loading\u2026");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper interactive = new ReadOnlyBooleanWrapper(this, "interactive");

    private final TrainingViewModel training;
    private final LatentPlaneViewModel plane;
    private final SampleStripViewModel samples = new SampleStripViewModel();
    private final ReconstructionViewModel reconstructions = new ReconstructionViewModel();
    private final BooleanBinding filesEnabled;
    private final RunsViewModel runs;
    private final ExportViewModel exports;
    private final PresetsViewModel presets;
    private final DisplayViewModel display = new DisplayViewModel();

    /** The parameters on screen: the current model's, or the newest training snapshot. */
    private ModelParams shown;
    private long shownIteration;
    private long lastAnalysisIteration;
    /** What the model of the run under way will be called once it ends. */
    private String runName = "new model (unsaved)";
    /** Counts model replacements and new runs: an analysis of anything older is not shown. */
    private long generation;
    private int[] reconstructed = new int[0];

    public ExplorerViewModel(Setup setup, BackgroundExecutor executor) {
        this.setup = Objects.requireNonNull(setup);
        this.executor = Objects.requireNonNull(executor);
        this.plane = new LatentPlaneViewModel(executor);
        this.training = new TrainingViewModel(data.getReadOnlyProperty(), model.getReadOnlyProperty(),
                busy.getReadOnlyProperty(), this::reset, this::runStarted);
        this.analyzer = new DecodeWorker<>(executor.newConfinedThread("vae-analysis"), new LatentAnalyzer()::run,
                executor.latestOnUiThread(this::showAnalysis));
        this.filesEnabled = Bindings.createBooleanBinding(
                () -> !busy.get() && !training.activeBinding().get() && model.get() != null,
                busy, training.activeBinding(), model);
        interactive.bind(plane.decodedProperty().isNotNull().and(model.isNotNull()));
        this.runs = new RunsViewModel(new RunStore(setup.runsFolder()), executor, error::set, this::openRun, filesEnabled);
        this.exports = new ExportViewModel(executor, model.getReadOnlyProperty(), data.getReadOnlyProperty(), samples,
                error::set, message::set);
        this.presets = new PresetsViewModel(training);
    }

    // ---- state ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CurrentModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataStatusProperty() {
        return dataStatus.getReadOnlyProperty();
    }

    /** The latest note for the user (saved, opened, training ended ...). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** An error to show in a dialog; {@link #acknowledgeError()} clears it. */
    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

    public DisplayViewModel display() {
        return display;
    }

    // ---- commands ------------------------------------------------------------------------------------

    /**
     * Loads the start-up model, then the dataset, in the background. The dataset waits for the model: on two
     * cores, reading 70,000 images while the model loads and JavaFX starts only delays the moment the
     * point can be dragged, and the plane needs both anyway.
     */
    public void start() {
        model.addListener(new javafx.beans.value.ChangeListener<CurrentModel>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends CurrentModel> obs, CurrentModel old,
                                CurrentModel now) {
                if (now != null) {
                    model.removeListener(this);
                    loadData();
                }
            }
        });
        Path file = setup.modelFile();
        if (file == null) {
            replaceWithFreshModel(VaeConfig.defaults());
        } else if (!Files.exists(file)) {
            replaceWithFreshModel(VaeConfig.defaults());
            message.set("No model at " + file + ": showing an untrained model. Press Train to train one.");
        } else {
            load(file, true, String.valueOf(file.getFileName()), () -> { });
        }
        runs.refresh();
    }

    private void loadData() {
        executor.submit(setup.data()::load, d -> showData(d, false), e -> {
            dataStatus.set("Data: none (" + e.getMessage() + ")");
            error.set(new UserError("Could not load the dataset", e.getMessage()));
        });
    }

    /** Opens a model file; on failure the current model stays and the error is shown. */
    public void open(Path file) {
        if (!filesEnabled.get()) {
            return;
        }
        load(file, false, String.valueOf(file.getFileName()), () -> { });
    }

    /**
     * Opens the dataset in folder {@code dir} (the four IDX files) and shows and trains on it. A model that
     * reads images of another size is replaced by an untrained one of the right size. On failure nothing
     * changes and the error names the file and what is wrong with it.
     */
    public void openDataset(Path dir) {
        if (!filesEnabled.get()) {
            return;
        }
        busy.set(true);
        message.set("Opening dataset " + dir.getFileName() + "\u2026");
        executor.submit(() -> DatasetLoader.load(dir), d -> {
            busy.set(false);
            message.set("Opened dataset " + dir.toAbsolutePath());
            showData(d, true);
        }, e -> {
            busy.set(false);
            message.set("");
            error.set(new UserError("Could not open the dataset", e.getMessage()
                    + "\n\nThe dataset on screen is still loaded."));
        });
    }

    /** Saves the current model to {@code file}; never over the shipped model. */
    public void saveAs(Path file) {
        CurrentModel current = model.get();
        if (!filesEnabled.get() || current == null) {
            return;
        }
        Path target = withZipExtension(file);
        if (isShippedModel(target)) {
            error.set(new UserError("Choose another file", target + " is the model that ships with VAE Explorer;"
                    + " it is never overwritten. Save under another name."));
            return;
        }
        busy.set(true);
        message.set("Saving " + target.getFileName() + "\u2026");
        executor.submit(() -> {
            ModelStore.save(target, current.file());
            return target;
        }, saved -> {
            if (model.get() == current) { // same weights, now with a file name: the curves stay as they are
                CurrentModel named = new CurrentModel(current.file(), saved.getFileName().toString(), saved);
                modelStatus.set("Model: " + named.describe());
                model.set(named);
            }
            busy.set(false);
            message.set("Saved " + saved.toAbsolutePath());
        }, e -> {
            busy.set(false);
            message.set("");
            error.set(new UserError("Could not save the model", e.getMessage()));
        });
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
        if (update.params() != null) {
            shown = ModelParams.frozen(update.config(), update.params().params());
            shownIteration = update.params().iteration();
            plane.setModel(shown);
        }
        long interval = Math.max(MIN_ANALYSIS_INTERVAL, Math.min(MAX_ANALYSIS_INTERVAL, shownIteration / 2));
        if ((update.params() != null && shownIteration - lastAnalysisIteration >= interval) || !update.epochs().isEmpty()) {
            lastAnalysisIteration = shownIteration;
            analyze();
        }
        update.samples().forEach(samples::add);
        if (update.checkpoint() != null) {
            runs.checkpoint(withCurve(update.checkpoint()));
        }
        if (update.outcome() != null) {
            adopt(update.outcome());
        }
    }

    /**
     * The process is asked to end (SIGTERM, SIGINT): from the shutdown hook's thread, without the UI thread,
     * a run under way stops with a checkpoint of where it stood, written to its file before this returns
     * (within {@code wait}), so that the next start offers to resume it.
     */
    public void keepRunForProcessExit(Duration wait) {
        long start = System.nanoTime();
        ModelFile checkpoint = training.stopForProcessExit(wait);
        long stopped = System.nanoTime();
        if (checkpoint != null) {
            runs.checkpoint(checkpoint);
        }
        boolean written = runs.flush(wait.minusNanos(stopped - start));
        logKept(checkpoint, written, stopped - start, System.nanoTime() - stopped);
    }

    private static void logKept(ModelFile checkpoint, boolean written, long stopNanos, long writeNanos) {
        if (checkpoint == null) {
            return;
        }
        if (written) {
            LOG.info("closing: the run stopped at {} in {} ms and its checkpoint was written in {} ms",
                    checkpoint.position().describe(), stopNanos / 1_000_000, writeNanos / 1_000_000);
        } else {
            LOG.warn("closing: the run's checkpoint at {} was not written in time; its last periodic one is kept",
                    checkpoint.position().describe());
        }
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
        long start = System.nanoTime();
        ModelFile checkpoint = training.stopForExit(CLOSE_WAIT);
        long stopped = System.nanoTime();
        if (checkpoint != null) {
            runs.checkpoint(withCurve(checkpoint));
        }
        boolean written = runs.flush(CLOSE_WAIT.minusNanos(stopped - start));
        logKept(checkpoint, written, stopped - start, System.nanoTime() - stopped);
        executor.close();
    }

    // ---- internals -----------------------------------------------------------------------------------

    /** The model with the training curve as drawn, so an overlay, a reopened or a resumed run shows the same picture. */
    private ModelFile withCurve(ModelFile m) {
        return m.withHistory(
                m.history().withTrainCurve(CurvePoint.thinned(training.losses().trainCurve(), MAX_CURVE_POINTS)));
    }

    /**
     * Continues the interrupted run {@code entry} (see {@link RunsViewModel#interruptedProperty()}) from its
     * checkpoint: its model becomes the current one and training resumes at the minibatch it had reached.
     */
    public void resumeInterrupted(RunEntry entry) {
        if (entry == null || !entry.run().interrupted() || !filesEnabled.get()) {
            return;
        }
        runs.dismissInterrupted();
        // At start-up the offer may come while the shipped model or the dataset is still loading.
        onceTrue(filesEnabled, () -> load(entry.run().file(), false, entry.id(), () -> {
            runs.currentRunIs(entry.id());
            message.set("Resuming " + entry.id() + " at " + entry.run().position().describe());
            onceTrue(training.canTrainProperty(), training::train);
        }));
    }

    /** Runs {@code action} now if {@code condition} holds, else the first time it becomes true. */
    private static void onceTrue(javafx.beans.value.ObservableBooleanValue condition, Runnable action) {
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Makes run {@code id}, kept in {@code file}, the current model: training it further continues that run. */
    private void openRun(Path file, String id) {
        if (filesEnabled.get()) {
            load(file, false, id, () -> runs.currentRunIs(id));
        }
    }

    /** @param then runs on the UI thread once the model is on screen */
    private void load(Path file, boolean atStartup, String name, Runnable then) {
        busy.set(true);
        message.set("Opening " + file.getFileName() + "\u2026");
        executor.submit(() -> checkedLoad(file), loaded -> {
            busy.set(false);
            message.set("Opened " + file.toAbsolutePath());
            setModel(new CurrentModel(loaded, name, file));
            then.run();
        }, e -> {
            busy.set(false);
            message.set("");
            error.set(new UserError("Could not open the model", e.getMessage()
                    + (atStartup ? "\n\nShowing an untrained model instead." : "\n\nThe current model is still loaded.")));
            if (atStartup && model.get() == null) {
                replaceWithFreshModel(VaeConfig.defaults());
            }
        });
    }

    private ModelFile checkedLoad(Path file) throws IOException {
        // ModelStore.load creates ND4J arrays: the native build must be chosen first, or ND4J may load one
        // this CPU cannot run (seen: the AVX-512 build on an AVX2 machine, SIGILL).
        NativeRuntime.configure();
        ModelFile loaded = ModelStore.load(file);
        Dataset d = data.get(); // read once; a data set appearing meanwhile is checked when it arrives
        if (d != null && (loaded.config().imageRows() != d.rows() || loaded.config().imageCols() != d.cols())) {
            throw new ModelFileException(file, "the model reads " + loaded.config().imageRows() + "x"
                    + loaded.config().imageCols() + " images but " + d.name() + " has " + d.rows() + "x" + d.cols());
        }
        return loaded;
    }

    /** Reset: the note says that nothing trained is lost, since every run is kept in the runs folder. */
    private void reset(VaeConfig config) {
        message.set("Reset to an untrained model: press Train. Earlier runs stay in the Runs tab (kept in "
                + runsFolderName() + ").");
        replaceWithFreshModel(config);
    }

    private String runsFolderName() {
        return setup.runsFolder().getFileName() + "/";
    }

    /** Reset, or no model to open: an untrained network, created off the UI thread. */
    private void replaceWithFreshModel(VaeConfig config) {
        busy.set(true);
        executor.submit(() -> {
            Vae vae = Vae.create(config);
            return new ModelFile(config, vae.snapshotParams(), null, TrainingHistory.EMPTY);
        }, fresh -> {
            setModel(new CurrentModel(fresh, "untrained model", null));
            busy.set(false);
        }, e -> {
            busy.set(false);
            error.set(new UserError("Could not create a model", e.getMessage()));
        });
    }

    /** Shows {@code m} everywhere; the model property changes last, so whatever it triggers sees a finished window. */
    private void setModel(CurrentModel m) {
        generation++;
        runs.modelReplaced();
        modelStatus.set("Model: " + m.describe());
        training.showModel(m);
        samples.setHistory(m.history().samples());
        showParams(ModelParams.frozen(m.config(), m.file().params()));
        model.set(m);
    }

    private void showParams(ModelParams params) {
        shown = params;
        plane.setModel(params);
        analyze();
    }

    private void runStarted(boolean continuing) {
        generation++;
        runs.runStarted(continuing);
        lastAnalysisIteration = 0;
        shownIteration = 0;
        if (!continuing) {
            plane.clearScatter();
            lastAnalysisIteration = -MAX_ANALYSIS_INTERVAL; // the new model's scatter with its first parameters
            runName = "new model (unsaved)";
            samples.setHistory(List.of());
            modelStatus.set("Model: new model (training, unsaved)");
        } else {
            runName = model.get().name() + " + training (unsaved)";
            modelStatus.set("Model: " + model.get().describe() + " (training further, unsaved)");
        }
        message.set("");
    }

    private void adopt(TrainingOutcome outcome) {
        if (outcome.model() != null) {
            // The run's file keeps the curve as drawn, so an overlay or a reopened run shows the same picture.
            ModelFile withCurve = withCurve(outcome.model());
            if (!withCurve.history().trainCurve().isEmpty() || withCurve.history().epochCount() > 0) {
                runs.runEnded(withCurve);
            }
            CurrentModel trained = new CurrentModel(withCurve, runName, null);
            model.set(trained);
            modelStatus.set("Model: " + trained.describe());
            samples.setHistory(trained.history().samples());
            showParams(ModelParams.frozen(trained.config(), trained.file().params()));
        }
        message.set(outcome.status() == TrainingOutcome.Status.COMPLETED
                ? "Training finished. The run is kept in the Runs tab (" + runsFolderName() + "); Save As gives it a name."
                : training.outcomeMessageProperty().get());
        training.resetIfRequested();
    }

    /** @param replaceMismatched a model reading images of another size gives way to an untrained one that fits */
    private void showData(Dataset d, boolean replaceMismatched) {
        plane.setClassNames(ClassNames.of(d));
        data.set(d);
        dataStatus.set(String.format(Locale.ROOT, "Data: %s (%,d train / %,d test, %dx%d)",
                d.name(), d.train().count(), d.test().count(), d.rows(), d.cols()));
        reconstructed = LatentAnalyzer.onePerClass(d.test(), ReconstructionViewModel.DIGITS);
        CurrentModel m = model.get();
        if (m != null && (m.config().imageRows() != d.rows() || m.config().imageCols() != d.cols())) {
            if (replaceMismatched) {
                message.set("The model read " + m.config().imageRows() + "x" + m.config().imageCols() + " images but "
                        + d.name() + " has " + d.rows() + "x" + d.cols() + ": replaced by an untrained model"
                        + " of the right size. Press Train.");
                replaceWithFreshModel(m.config().withImageSize(d.rows(), d.cols()));
            } else if (m.path() == null && m.history().epochCount() == 0) {
                replaceWithFreshModel(m.config().withImageSize(d.rows(), d.cols()));
            } else {
                message.set("The model reads " + m.config().imageRows() + "x" + m.config().imageCols()
                        + " images but the data has " + d.rows() + "x" + d.cols() + ": press Train for a new model.");
            }
            return;
        }
        if (replaceMismatched && m != null && m.history().epochCount() > 0 && !trainedOn(m, d)) {
            // Kept on purpose: an MNIST model encoding Fashion-MNIST is a fine out-of-distribution demo, if it is said.
            message.set("Opened " + d.name() + ". The model on screen was trained on other images: it shows how it"
                    + " sees data it never saw (out of distribution). Press Train for a model of " + d.name() + ".");
        }
        analyze();
    }

    /** True when the model's file records training on exactly these images (same fingerprint). */
    private static boolean trainedOn(CurrentModel m, Dataset d) {
        return m.file().setup() != null && DatasetFingerprint.of(d).equals(m.file().setup().data());
    }

    private void analyze() {
        Dataset d = data.get();
        ModelParams params = shown;
        if (d == null || params == null || params.config().imageRows() != d.rows() || params.config().imageCols() != d.cols()) {
            return;
        }
        analyzer.request(params, new LatentAnalyzer.Query(d.test(), reconstructed, plane.projection(), generation));
    }

    private void showAnalysis(LatentAnalysis analysis) {
        if (analysis.generation() != generation) {
            return; // computed for a model that has been replaced since
        }
        plane.setAnalysis(analysis);
        reconstructions.show(analysis);
    }

    private Path withZipExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? file : file.resolveSibling(name + ".zip");
    }

    private boolean isShippedModel(Path target) {
        Path shipped = setup.shippedModel();
        if (shipped == null) {
            return false;
        }
        if (target.toAbsolutePath().normalize().equals(shipped.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(shipped) && Files.isSameFile(target, shipped);
        } catch (IOException e) {
            return false;
        }
    }
}
