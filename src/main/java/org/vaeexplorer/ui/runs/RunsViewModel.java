package org.vaeexplorer.ui.runs;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.evaluation.KeptEvaluation;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.RunRecord;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.RunWriter;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunsViewModel.class);

    private final RunStore store;
    private final BackgroundExecutor executor;
    private final Consumer<UserError> errors;
    private final BiConsumer<Path, String> opener;
    private final BooleanExpression canOpen;
    private final Random random = new Random();

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.tickedProperty()});
    private final ObservableList<RunEntry> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<List<RunOverlay>> overlays = new ReadOnlyObjectWrapper<>(this, "overlays", List.of());
    private final ReadOnlyObjectWrapper<RunEntry> interrupted = new ReadOnlyObjectWrapper<>(this, "interrupted");
    private final RunWriter writer;
    /** The first failed checkpoint of a run is shown; later ones would only repeat it every minute. */
    private boolean checkpointFailureShown;
    /** Set once the user has answered the offer to resume; a later listing does not offer again. */
    private boolean interruptedOffered;

    /** The run whose model is the current one (a continued training run keeps its id), or null. */
    /** Set on the UI thread; read by {@link #checkpoint}, which a shutdown hook may call. */
    private volatile String currentRun;
    /** The legends name the settings in the language chosen; held here, the language holds it only weakly. */
    private final InvalidationListener languageChanged = o -> updateOverlays();

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
        this.writer = new RunWriter(store, executor.newConfinedThread("run-writer"));
        runs.addListener((javafx.collections.ListChangeListener<RunEntry>) c -> updateOverlays());
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
    }

    public ObservableList<RunEntry> runs() {
        return readOnlyRuns;
    }

    /** The ticked runs, oldest first, with colours and legends. */
    public ReadOnlyObjectProperty<List<RunOverlay>> overlaysProperty() {
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

    /** Lists the runs folder (in the background), with the evaluations kept beside them; ticks are kept for runs still there. */
    public void refresh() {
        executor.submit(this::listWithEvaluations, this::show,
                e -> errors.accept(new UserError(I18n.text("runs.error.list"), I18n.text("fx.inFile", store.folder().toAbsolutePath(), I18n.detail(e)))));
    }

    /**
     * Keeps {@code evaluation} of run {@code id} beside the run's file (in the background), and its row shows it.
     * A run whose file is not there (one that ended before its first checkpoint) has nothing to keep it with.
     */
    public void keepEvaluation(String id, KeptEvaluation evaluation) {
        Path file = store.evaluationFileOf(id);
        executor.submit(() -> {
            if (!Files.isRegularFile(store.fileOf(id))) {
                return false;
            }
            evaluation.write(file);
            return true;
        }, kept -> {
            if (kept) {
                runs.stream().filter(r -> r.id().equals(id)).forEach(r -> r.setEvaluation(evaluation));
            }
        }, e -> errors.accept(new UserError(I18n.text("runs.error.keepEvaluation"),
                I18n.text("runs.error.keepEvaluation.message", file.toAbsolutePath(), I18n.detail(e)))));
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
        writer.checkpoint(new RunRecord(currentRun, checkpoint), this::listed,
                e -> executor.runOnUiThread(() -> checkpointFailed(e)));
    }

    private void checkpointFailed(ModelFileException e) {
        if (!checkpointFailureShown) {
            checkpointFailureShown = true;
            errors.accept(new UserError(I18n.text("runs.error.checkpoint"),
                    I18n.text("runs.error.checkpoint.message", I18n.detail(e))));
        }
    }

    /** The run ended with {@code model}: its file is written (or replaced) in the background, then listed. */
    public void runEnded(ModelFile model) {
        if (currentRun == null) {
            return;
        }
        RunRecord record = new RunRecord(currentRun, model.at(null)); // ended: no longer resumable
        writer.save(record, this::listed, e -> executor.runOnUiThread(() -> errors.accept(new UserError(
                I18n.text("runs.error.keep"), I18n.text("runs.error.keep.message", I18n.detail(e))))));
    }

    /** Waits (at most {@code wait}) until the run files queued so far are written (see {@link RunWriter#flush}). */
    public boolean flush(Duration wait) {
        return writer.flush(wait);
    }

    /** On the writer's thread: a run's file is written; its row follows on the UI thread. */
    private void listed(StoredRun saved) {
        executor.runOnUiThread(() -> put(saved));
    }

    /** Another model became current (opened, reset): training it starts a new run. */
    public void modelReplaced() {
        currentRun = null;
    }

    /** Run {@code id} was made the current model: training it further continues that run. */
    public void currentRunIs(String id) {
        currentRun = id;
    }

    /** The id of the run whose model is the current one (or is being trained), or null. */
    public String currentRun() {
        return currentRun;
    }

    // ---- internals ----------------------------------------------------------------------------------

    /** A run and the evaluation kept beside it (or null). */
    private record Listed(StoredRun run, KeptEvaluation evaluation) {
    }

    /** The runs folder's runs, each with its evaluation; an unreadable evaluation is skipped, as an unreadable run. */
    private List<Listed> listWithEvaluations() throws java.io.IOException {
        List<Listed> listed = new ArrayList<>();
        for (StoredRun run : store.list()) {
            KeptEvaluation evaluation = null;
            try {
                evaluation = KeptEvaluation.read(store.evaluationFileOf(run.id()));
            } catch (java.io.IOException e) {
                LOG.warn("Skipping an unreadable evaluation: {}", e.getMessage());
            }
            listed.add(new Listed(run, evaluation));
        }
        return listed;
    }

    private void show(List<Listed> stored) {
        Set<String> ticked = new java.util.HashSet<>();
        runs.stream().filter(r -> r.tickedProperty().get()).forEach(r -> ticked.add(r.id()));
        List<RunEntry> entries = new ArrayList<>();
        for (Listed listed : stored) {
            StoredRun s = listed.run();
            RunEntry e = new RunEntry(s);
            e.setEvaluation(listed.evaluation());
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
        List<RunOverlay> result = RunOverlay.of(runs.stream().filter(r -> r.tickedProperty().get()).toList());
        if (!result.equals(overlays.get())) {
            overlays.set(result);
        }
    }
}
