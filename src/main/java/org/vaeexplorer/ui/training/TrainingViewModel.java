package org.vaeexplorer.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.Continuation;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingRun;
import org.vaeexplorer.ui.charts.LossHistory;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.session.CurrentModel;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Training controls: the {@link HyperparameterForm}, the run's state ({@link RunControl}) and what the
 * window reads of it ({@link RunReadout}), and the commands Train, Pause, Resume, Stop and Reset. A run's
 * news is pulled once per frame by {@link #pump()}, never pushed per iteration.
 *
 * <p>Train continues the current model when it can ({@link Continuation}); otherwise it starts a new model.
 * Nothing is written to disk.
 */
public final class TrainingViewModel {

    public enum RunState { IDLE, RUNNING, PAUSED, STOPPING }

    private final ReadOnlyObjectProperty<Dataset> data;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final Consumer<VaeConfig> freshModel;
    private final Consumer<Boolean> runStarted;
    private final TrainingRun.Factory runs;

    private final HyperparameterForm form = new HyperparameterForm();
    private final RunReadout readout;
    private final RunControl control;
    private final TrainReadiness readiness;
    private final StepInspector steps;
    private final BooleanBinding active;
    private final ObjectBinding<ClassNames> classNames;
    private VaeConfig resetAfterStop;

    /**
     * Trains with {@link Trainer}s, timed by {@link System#nanoTime}.
     *
     * @param busy       true while a model is being loaded or created: no run may start then
     * @param freshModel asked to replace the current model by an untrained one with these hyperparameters (Reset)
     * @param runStarted told when a run starts: true if it continues the current model, false for a new one
     */
    public TrainingViewModel(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                      ReadOnlyBooleanProperty busy, Consumer<VaeConfig> freshModel, Consumer<Boolean> runStarted) {
        this(data, model, busy, freshModel, runStarted, Trainer::new, System::nanoTime);
    }

    /**
     * @param runs     makes each run (a test's own runs, driven by the test)
     * @param nanoTime the monotonic clock that paces the progress texts and chart redraws
     */
    public TrainingViewModel(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                      ReadOnlyBooleanProperty busy, Consumer<VaeConfig> freshModel, Consumer<Boolean> runStarted,
                      TrainingRun.Factory runs, LongSupplier nanoTime) {
        this.data = data;
        this.model = model;
        this.freshModel = freshModel;
        this.runStarted = runStarted;
        this.runs = runs;
        this.readout = new RunReadout(nanoTime);
        this.control = new RunControl(readout);
        this.active = Bindings.createBooleanBinding(() -> control.state() != RunState.IDLE, control.stateProperty());
        this.readiness = new TrainReadiness(data, model, busy, form, control.stateProperty());
        this.classNames = Bindings.createObjectBinding(() -> TrainReadiness.classNames(data.get()), data);
        this.steps = new StepInspector(control.stateProperty(), control::step);
    }

    // ---- the form ----------------------------------------------------------------------------------

    /** The next run's hyperparameters as typed. */
    public HyperparameterForm form() {
        return form;
    }

    // The form's properties, also here: the window and its tests fill the form through the view model.

    /** The form as hyperparameters, or null while it holds something invalid. */
    public ReadOnlyObjectProperty<VaeConfig> configProperty() {
        return form.configProperty();
    }

    /** What the open dataset's labels mean (digits before any is open): the Leave out choice names them so. */
    public ObjectBinding<ClassNames> classNamesBinding() {
        return classNames;
    }

    /** The Leave out choice's name of class {@code c} in the window's language: "The 3s", "Trouser", "class 3". */
    public String leftOutName(int c) {
        return HyperparameterForm.leftOutName(classNames.get(), c);
    }

    // ---- the run -----------------------------------------------------------------------------------

    /** Step while paused, and what the last stepped minibatch did. */
    public StepInspector steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return control.stateProperty();
    }

    /** True from Train until the run has ended (running, paused or stopping). */
    public BooleanBinding activeBinding() {
        return active;
    }

    /** Fraction of the run done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return readout.progressProperty();
    }

    /** "Epoch 3 of 10", then "Iteration 1,234" on a second line. */
    public ReadOnlyStringProperty progressTextProperty() {
        return readout.progressTextProperty();
    }

    /** "2,100 images/s", then "1 min 10 s left" on a second line (and β during a KL warm-up). */
    public ReadOnlyStringProperty speedTextProperty() {
        return readout.speedTextProperty();
    }

    /** Training throughput of the run under way, as last shown. */
    public ReadOnlyDoubleProperty imagesPerSecondProperty() {
        return readout.imagesPerSecondProperty();
    }

    /** How the last run ended, in plain words. */
    public ReadOnlyStringProperty outcomeMessageProperty() {
        return readout.outcomeMessageProperty();
    }

    /** True when the last run diverged (the outcome message says what to do). */
    public ReadOnlyBooleanProperty divergedProperty() {
        return readout.divergedProperty();
    }

    /** The current model's own settings, apart from the form (which holds the next run's). */
    public ReadOnlyStringProperty loadedModelProperty() {
        return readiness.loadedModelProperty();
    }

    /** "Train new model" or "Continue training". */
    public ReadOnlyStringProperty trainLabelProperty() {
        return readiness.trainLabelProperty();
    }

    public ReadOnlyBooleanProperty canTrainProperty() {
        return readiness.canTrainProperty();
    }

    public LossHistory losses() {
        return readout.losses();
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** Starts a run: continues the current model if it can, otherwise trains a new one. */
    public void train() {
        VaeConfig c = form.configProperty().get();
        Dataset d = data.get();
        if (!readiness.canTrainProperty().get() || c == null || d == null) {
            return;
        }
        CurrentModel current = model.get();
        boolean continuing = current != null && Continuation.canContinue(current.file(), c);
        TrainingFeed feed = new TrainingFeed(c);
        TrainingRun run;
        try {
            run = runs.create(d, c, continuing ? current.file() : null, feed);
        } catch (IllegalArgumentException e) {
            form.refused(() -> I18n.detail(e));
            return;
        }
        readout.started(continuing, continuing ? (double) current.history().epochCount() / c.epochs() : 0);
        control.begin(run, feed);
        runStarted.accept(continuing);
        run.start();
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Space bar: pause when running, resume when paused. */
    public void togglePause() {
        if (control.state() == RunState.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /** Ends the run after the current minibatch; its model becomes the current model. */
    public void stop() {
        control.stop();
    }

    /** Replaces the current model by an untrained one with the form's hyperparameters (stopping any run first). */
    public void reset() {
        VaeConfig c = form.configProperty().get();
        if (c == null) {
            return;
        }
        resetAfterStop = c;
        if (control.state() == RunState.IDLE) {
            resetIfRequested();
        } else {
            stop();
        }
    }

    /** Puts VaeConfig's defaults back into the form. */
    public void restoreDefaults() {
        if (control.state() == RunState.IDLE) {
            form.show(VaeConfig.defaults());
        }
    }

    // ---- updates from the explorer -----------------------------------------------------------------

    /** A model was opened (or reset): its hyperparameters fill the form, its history the loss curves. */
    public void showModel(CurrentModel m) {
        form.show(Continuation.nextRun(m.file()));
        readout.showModel(m.history(), m.config());
    }

    /**
     * Pulls what the run reported since the last frame: chart points in bulk, the newest progress, the
     * outcome. Returns the update for the explorer (parameters, samples), or null when nothing is running.
     */
    public TrainingFeed.Update pump() {
        TrainingFeed.Update update = control.pump();
        if (update != null && update.step() != null && data.get() != null) {
            steps.take(update.step(), data.get());
        }
        return update;
    }

    /** Completes when the current run ends (already complete when none runs): for tests and the benchmark. */
    public CompletableFuture<TrainingOutcome> runOutcome() {
        return control.outcome();
    }

    /**
     * The process is ending (SIGTERM, SIGINT): like {@link #stopForExit}, but from any thread and without the
     * UI thread, which may be busy or gone. Returns the run's checkpoint at the minibatch where it stopped,
     * or null when nothing ran (or the UI thread already took it, to be written as usual).
     */
    public ModelFile stopForProcessExit(Duration wait) {
        return control.stopForProcessExit(wait);
    }

    /**
     * The app is ending (its window closed, or the process asked to end): stops any run after its current
     * minibatch with a checkpoint of where it stands, waiting at most {@code wait} for it. Returns that
     * checkpoint (or the newest one not yet handed on), for the caller to keep; null when nothing ran.
     */
    public ModelFile stopForExit(Duration wait) {
        return control.stopForExit(wait);
    }

    /**
     * Called by the explorer once it has adopted a finished run's model: a Reset pressed during the run
     * replaces that model now.
     */
    public void resetIfRequested() {
        VaeConfig c = resetAfterStop;
        resetAfterStop = null;
        if (c != null && control.state() == RunState.IDLE) {
            readout.losses().clear();
            readout.cleared();
            freshModel.accept(c);
        }
    }
}
