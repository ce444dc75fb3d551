package org.vaeexplorer.ui.runs;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.vaeexplorer.analysis.Hyperparameters;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.RunRecord;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.UserError;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executor;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The session's training runs, for visual tuning: every run is kept in the runs folder when it ends
 * (stopped, finished or diverged), listed with its final test losses, and those ticked are overlaid on
 * the loss charts, each in its colour, labelled by the hyperparameters that tell the ticked runs apart.
 * Any run can be made the current model.
 */
public final class RunsViewModel {

    /**
     * Overlay colours: Okabe &amp; Ito's colour-blind-safe set without the two the current model's curves
     * use (blue, orange), then darker hues for a seventh run and on.
     */
    static final List<Color> COLOURS = List.of(Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#7b3294"),
            Color.web("#e6ab02"), Color.web("#56b4e9"), Color.web("#000000"), Color.web("#a6761d"), Color.web("#666666"));

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /**
     * One row of the runs list. A checkpoint of the run under way updates its row in place: replacing the
     * row would make the table rebuild its cells and restyle them, a 150 ms pause of the FX thread.
     */
    public static final class RunEntry {
        private StoredRun run;
        private final BooleanProperty ticked = new SimpleBooleanProperty(this, "ticked");
        private final String started;
        private final String time;
        private final ReadOnlyStringWrapper settings = new ReadOnlyStringWrapper(this, "settings");
        private final ReadOnlyStringWrapper epochs = new ReadOnlyStringWrapper(this, "epochs");
        private final ReadOnlyStringWrapper negElbo = new ReadOnlyStringWrapper(this, "negElbo");
        private final ReadOnlyStringWrapper reconstruction = new ReadOnlyStringWrapper(this, "reconstruction");
        private final ReadOnlyStringWrapper kl = new ReadOnlyStringWrapper(this, "kl");
        private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset");

        RunEntry(StoredRun run) {
            this.run = run;
            LocalDateTime start = LocalDateTime.parse(
                    run.id().substring("run-".length(), "run-yyyyMMdd-HHmmss".length()), STAMP);
            started = DAY_TIME.format(start);
            time = TIME.format(start);
            show(run);
        }

        /** A newer file of the same run: the row's texts follow it. */
        void update(StoredRun newer) {
            run = newer;
            show(newer);
        }

        private void show(StoredRun r) {
            settings.set(Hyperparameters.summary(r.config()));
            dataset.set(r.datasetName());
            epochs.set(r.history().epochCount() + " of " + r.config().epochs());
            EpochRecord last = r.history().last();
            negElbo.set(loss(last, e -> e.test().negElbo()));
            reconstruction.set(loss(last, e -> e.test().reconstruction()));
            kl.set(loss(last, e -> e.test().kl()));
        }

        private static String loss(EpochRecord last, java.util.function.ToDoubleFunction<EpochRecord> part) {
            return last == null ? "\u2014" : String.format(Locale.ROOT, "%.1f", part.applyAsDouble(last));
        }

        public String id() {
            return run.id();
        }

        public VaeConfig config() {
            return run.config();
        }

        public TrainingHistory history() {
            return run.history();
        }

        /** Ticked runs are drawn on the loss charts. */
        public BooleanProperty tickedProperty() {
            return ticked;
        }

        /** "26 Nov 06:15:02", from the id. */
        public String started() {
            return started;
        }

        /** "06:15:02": tells apart runs with equal settings. */
        String time() {
            return time;
        }

        /** "β=1, warm-up=0, lr=1e-3, latent=2, hidden=400". */
        public String settings() {
            return settings.get();
        }

        public ReadOnlyStringProperty settingsProperty() {
            return settings.getReadOnlyProperty();
        }

        /** "3 of 10". */
        public String epochs() {
            return epochs.get();
        }

        public ReadOnlyStringProperty epochsProperty() {
            return epochs.getReadOnlyProperty();
        }

        /** The last epoch's test negative ELBO, reconstruction and KL as shown ("—" before the first epoch ends). */
        public ReadOnlyStringProperty negElboProperty() {
            return negElbo.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty reconstructionProperty() {
            return reconstruction.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty klProperty() {
            return kl.getReadOnlyProperty();
        }

        /** The dataset it trained on, by folder name ("mnist", "fashion-mnist"). */
        public ReadOnlyStringProperty datasetProperty() {
            return dataset.getReadOnlyProperty();
        }

        /** The last epoch's test loss parts, or null when the run ended inside its first epoch. */
        public EpochRecord last() {
            return run.history().last();
        }

        public StoredRun run() {
            return run;
        }
    }

    /** A ticked run as the charts draw it. */
    public record Overlay(String id, String legend, Color colour, TrainingHistory history) {
    }

    private final RunStore store;
    private final BackgroundExecutor executor;
    private final Consumer<UserError> errors;
    private final BiConsumer<Path, String> opener;
    private final BooleanExpression canOpen;
    private final Random random = new Random();

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.tickedProperty()});
    private final ObservableList<RunEntry> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<List<Overlay>> overlays = new ReadOnlyObjectWrapper<>(this, "overlays", List.of());
    private final ReadOnlyObjectWrapper<RunEntry> interrupted = new ReadOnlyObjectWrapper<>(this, "interrupted");
    /**
     * One thread writes run files, so a run's checkpoints and its final file land in the order they were
     * taken: a slow checkpoint can never overwrite the finished run.
     */
    private final Executor writer;
    /** The newest checkpoint not yet written; an older one still waiting is dropped. */
    private final AtomicReference<RunRecord> pendingCheckpoint = new AtomicReference<>();
    /** The first failed checkpoint of a run is shown; later ones would only repeat it every minute. */
    private boolean checkpointFailureShown;
    /** Set once the user has answered the offer to resume; a later listing does not offer again. */
    private boolean interruptedOffered;

    /** The run whose model is the current one (a continued training run keeps its id), or null. */
    /** Set on the UI thread; read by {@link #checkpoint}, which a shutdown hook may call. */
    private volatile String currentRun;

    /**
     * @param opener  opens a run's file as the current model and calls it by the given name
     * @param canOpen true when a model may be replaced (no run, no file operation under way)
     */
    public RunsViewModel(RunStore store, BackgroundExecutor executor, Consumer<UserError> errors,
                  BiConsumer<Path, String> opener, BooleanExpression canOpen) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.errors = Objects.requireNonNull(errors);
        this.opener = Objects.requireNonNull(opener);
        this.canOpen = Objects.requireNonNull(canOpen);
        this.writer = executor.newConfinedThread("run-writer");
        runs.addListener((javafx.collections.ListChangeListener<RunEntry>) c -> updateOverlays());
    }

    public ObservableList<RunEntry> runs() {
        return readOnlyRuns;
    }

    /** The ticked runs, oldest first, with colours and legends. */
    public ReadOnlyObjectProperty<List<Overlay>> overlaysProperty() {
        return overlays.getReadOnlyProperty();
    }

    /**
     * The newest run that never ended (the app was closed or killed while it trained): its file is its
     * last checkpoint, from which it can resume. Null when there is none or once the user has answered.
     */
    public ReadOnlyObjectProperty<RunEntry> interruptedProperty() {
        return interrupted.getReadOnlyProperty();
    }

    /** The user does not want to resume now; the run stays in the list, resumable with Make current + Train. */
    public void dismissInterrupted() {
        interruptedOffered = true;
        interrupted.set(null);
    }

    public BooleanExpression canOpenBinding() {
        return canOpen;
    }

    public Path folder() {
        return store.folder();
    }

    /** Lists the runs folder (in the background); ticks are kept for runs still there. */
    public void refresh() {
        executor.submit(store::list, this::show,
                e -> errors.accept(new UserError("Could not list the runs", store.folder().toAbsolutePath() + ": " + e.getMessage())));
    }

    /** Makes run {@code entry} the current model, loading its weights. */
    public void makeCurrent(RunEntry entry) {
        if (entry == null || !canOpen.get()) {
            return;
        }
        opener.accept(entry.run().file(), entry.id());
    }

    /** Unticks every run. */
    public void untickAll() {
        runs.forEach(r -> r.tickedProperty().set(false));
    }

    // ---- from the explorer ------------------------------------------------------------------------

    /** A run starts: continuing the current run's model keeps its id (and file); anything else is a new run. */
    public void runStarted(boolean continuing) {
        if (!continuing || currentRun == null) {
            currentRun = RunStore.newId(LocalDateTime.now(), random);
        }
        checkpointFailureShown = false;
    }

    /**
     * A checkpoint of the run under way: written to the run's file in the background, so that a run the
     * app does not survive can resume from it at the next start. Callable from any thread.
     */
    public void checkpoint(ModelFile checkpoint) {
        if (currentRun == null) {
            return;
        }
        pendingCheckpoint.set(new RunRecord(currentRun, checkpoint));
        writer.execute(() -> {
            RunRecord newest = pendingCheckpoint.getAndSet(null);
            if (newest == null) {
                return; // a later task already wrote a newer one
            }
            try {
                writeNow(newest, this::checkpointFailed);
            } finally {
                newest.model().release(); // a copy made for this file alone
            }
        });
    }

    /** On the writer thread: writes the run's file, then lists it (or reports the failure) on the UI thread. */
    private void writeNow(RunRecord record, Consumer<ModelFileException> onFailure) {
        try {
            store.save(record);
            StoredRun saved = stored(record);
            executor.runOnUiThread(() -> put(saved));
        } catch (ModelFileException e) {
            executor.runOnUiThread(() -> onFailure.accept(e));
        }
    }

    private void checkpointFailed(ModelFileException e) {
        if (!checkpointFailureShown) {
            checkpointFailureShown = true;
            errors.accept(new UserError("Could not checkpoint the run", e.getMessage()
                    + "\n\nTraining goes on; if the app stops now, this run cannot be resumed."));
        }
    }

    /**
     * Waits (at most {@code wait}) until the run files queued so far are written, and says whether they were:
     * closing the window right after Stop must not leave the stopped run looking interrupted at the next launch.
     */
    public boolean flush(java.time.Duration wait) {
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        writer.execute(written::countDown);
        try {
            return written.await(Math.max(0, wait.toNanos()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private StoredRun stored(RunRecord record) {
        ModelFile m = record.model();
        return new StoredRun(record.id(), store.fileOf(record.id()), m.config(), m.history(), m.position(), m.setup());
    }

    /** The run ended with {@code model}: its file is written (or replaced) in the background, then listed. */
    public void runEnded(ModelFile model) {
        if (currentRun == null) {
            return;
        }
        RunRecord record = new RunRecord(currentRun, model.at(null)); // ended: no longer resumable
        writer.execute(() -> writeNow(record, e -> errors.accept(new UserError("Could not keep the run",
                e.getMessage() + "\n\nThe model is still the current one: Save As keeps it."))));
    }

    /** Another model became current (opened, reset): training it starts a new run. */
    public void modelReplaced() {
        currentRun = null;
    }

    /** Run {@code id} was made the current model: training it further continues that run. */
    public void currentRunIs(String id) {
        currentRun = id;
    }

    String currentRun() {
        return currentRun;
    }

    // ---- internals ----------------------------------------------------------------------------------

    private void show(List<StoredRun> stored) {
        Set<String> ticked = new java.util.HashSet<>();
        runs.stream().filter(r -> r.tickedProperty().get()).forEach(r -> ticked.add(r.id()));
        List<RunEntry> entries = new ArrayList<>();
        for (StoredRun s : stored) {
            RunEntry e = new RunEntry(s);
            e.tickedProperty().set(ticked.contains(s.id()));
            entries.add(e);
        }
        runs.setAll(entries);
        if (!interruptedOffered) { // offered once, for the listing at start-up
            interruptedOffered = true;
            interrupted.set(entries.stream().filter(e -> e.run().interrupted() && !e.id().equals(currentRun))
                    .reduce((older, newer) -> newer).orElse(null));
        }
    }

    private void put(StoredRun run) {
        for (RunEntry entry : runs) {
            if (entry.id().equals(run.id())) {
                entry.update(run);
                if (entry.tickedProperty().get()) {
                    updateOverlays(); // its curves grew
                }
                return;
            }
        }
        runs.add(new RunEntry(run));
    }

    private void updateOverlays() {
        List<RunEntry> ticked = runs.stream().filter(r -> r.tickedProperty().get()).toList();
        Set<Hyperparameters.Field> differing = Hyperparameters.differing(ticked.stream().map(RunEntry::config).toList());
        List<Overlay> result = new ArrayList<>();
        for (int i = 0; i < ticked.size(); i++) {
            RunEntry r = ticked.get(i);
            String legend = differing.isEmpty() ? "run " + r.time()
                    : Hyperparameters.describe(r.config(), differing);
            result.add(new Overlay(r.id(), legend, COLOURS.get(i % COLOURS.size()), r.history()));
        }
        if (!result.equals(overlays.get())) {
            overlays.set(List.copyOf(result));
        }
    }
}
