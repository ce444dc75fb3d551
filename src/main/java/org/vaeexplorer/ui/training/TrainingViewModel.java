package org.vaeexplorer.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingProgress;
import org.vaeexplorer.analysis.SmoothedLoss;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.ui.charts.LossHistory;
import org.vaeexplorer.ui.session.CurrentModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Training controls: the hyperparameter form with its validation, the run's state and progress, the loss
 * curves, and the commands Train, Pause, Resume, Stop and Reset. A run's news is pulled once per frame
 * by {@link #pump()}, never pushed per iteration.
 *
 * <p>Train continues the current model when only the epoch count differs from its hyperparameters and it
 * has epochs left (as {@link Trainer} does for a saved model); otherwise it starts a new model. Nothing
 * is written to disk.
 */
public final class TrainingViewModel {

    public enum RunState { IDLE, RUNNING, PAUSED, STOPPING }

    private final ReadOnlyObjectProperty<Dataset> data;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final ReadOnlyBooleanProperty busy;
    private final Consumer<VaeConfig> freshModel;
    private final Consumer<Boolean> runStarted;

    private final StringProperty latentSize = new SimpleStringProperty(this, "latentSize");
    private final StringProperty hiddenSizes = new SimpleStringProperty(this, "hiddenSizes");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize");
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs");
    private final StringProperty beta = new SimpleStringProperty(this, "beta");
    private final StringProperty warmupEpochs = new SimpleStringProperty(this, "warmupEpochs");
    private final StringProperty seed = new SimpleStringProperty(this, "seed");

    private final ReadOnlyObjectWrapper<VaeConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyDoubleWrapper imagesPerSecond = new ReadOnlyDoubleWrapper(this, "imagesPerSecond");
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper(this, "outcomeMessage", "");
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper(this, "diverged");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper loadedModel = new ReadOnlyStringWrapper(this, "loadedModel", "");
    private final ReadOnlyStringWrapper trainLabel = new ReadOnlyStringWrapper(this, "trainLabel", "Train");
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(this, "canTrain");
    private final BooleanBinding active = Bindings.createBooleanBinding(() -> state.get() != RunState.IDLE, state);
    private final LossHistory losses = new LossHistory();
    private final SmoothedLoss smoothing = new SmoothedLoss();

    static final String PAUSED_TEXT = "Paused (Space or Resume continues)";

    /** Progress bar and text change at most four times a second (re-laying out controls every frame costs frames). */
    private static final long TEXT_UPDATE_NANOS = 250_000_000L;

    /**
     * The charts redraw at most ten times a second: every frame's points are taken, but a JFreeChart redraw
     * (three charts, thousands of points, all text) is worth doing only when the eye can tell.
     */
    private static final long CHART_UPDATE_NANOS = 100_000_000L;

    /** Set and cleared on the UI thread; read by {@link #stopForProcessExit} on the thread of a shutdown hook. */
    private volatile Trainer trainer;
    private volatile TrainingFeed feed;
    private boolean unpublishedPoints;
    private long lastPublish;
    private long lastTextUpdate = System.nanoTime() - TEXT_UPDATE_NANOS;
    /** The newest progress not on screen yet (numbers changing faster than 4 Hz cannot be read anyway). */
    private TrainingProgress unshownProgress;
    private VaeConfig resetAfterStop;

    /**
     * @param busy       true while a model is being loaded or created: no run may start then
     * @param freshModel asked to replace the current model by an untrained one with these hyperparameters (Reset)
     * @param runStarted told when a run starts: true if it continues the current model, false for a new one
     */
    public TrainingViewModel(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                      ReadOnlyBooleanProperty busy, Consumer<VaeConfig> freshModel, Consumer<Boolean> runStarted) {
        this.data = data;
        this.model = model;
        this.busy = busy;
        this.freshModel = freshModel;
        this.runStarted = runStarted;
        showConfig(VaeConfig.defaults());
        for (StringProperty field : fields()) {
            field.addListener((obs, old, now) -> validate());
        }
        data.addListener((obs, old, now) -> validate());
        model.addListener((obs, old, now) -> {
            loadedModel.set(now == null ? "" : describeLoaded(now));
            updateTrainLabel();
        });
        state.addListener((obs, old, now) -> updateCanTrain());
        busy.addListener((obs, old, now) -> updateCanTrain());
        validate();
    }

    // ---- the form ----------------------------------------------------------------------------------

    public StringProperty latentSizeProperty() {
        return latentSize;
    }

    public StringProperty hiddenSizesProperty() {
        return hiddenSizes;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty betaProperty() {
        return beta;
    }

    public StringProperty warmupEpochsProperty() {
        return warmupEpochs;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The form as hyperparameters, or null while it holds something invalid. */
    public ReadOnlyObjectProperty<VaeConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** Why the form is invalid (VaeConfig's own message), empty when it is valid. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    /** A valid form that will not do what it seems to (a warm-up longer than the run); empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    // ---- the run -----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True from Train until the run has ended (running, paused or stopping). */
    public BooleanBinding activeBinding() {
        return active;
    }

    /** Fraction of the run done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Epoch 3 of 10", then "Iteration 1,234" on a second line. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "2,100 images/s", then "1 min 10 s left" on a second line (and β during a KL warm-up). */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** Training throughput of the run under way, as last shown. */
    public ReadOnlyDoubleProperty imagesPerSecondProperty() {
        return imagesPerSecond.getReadOnlyProperty();
    }

    /** How the last run ended, in plain words. */
    public ReadOnlyStringProperty outcomeMessageProperty() {
        return outcomeMessage.getReadOnlyProperty();
    }

    /** True when the last run diverged (the outcome message says what to do). */
    public ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    /**
     * The current model's own settings, apart from the form (which holds the next run's):
     * "Loaded model: 784-400-2, 150 epochs, β = 1, learning rate 0.001, batch 128".
     */
    public ReadOnlyStringProperty loadedModelProperty() {
        return loadedModel.getReadOnlyProperty();
    }

    /** "Train new model" or "Continue training". */
    public ReadOnlyStringProperty trainLabelProperty() {
        return trainLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }

    public LossHistory losses() {
        return losses;
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** Starts a run: continues the current model if it can, otherwise trains a new one. */
    public void train() {
        VaeConfig c = config.get();
        Dataset d = data.get();
        if (!canTrain.get() || c == null || d == null) {
            return;
        }
        CurrentModel current = model.get();
        boolean continuing = canContinue(current, c);
        TrainingFeed newFeed = new TrainingFeed(c);
        Trainer newTrainer;
        try {
            newTrainer = new Trainer(d, c, continuing ? current.file() : null, newFeed);
        } catch (IllegalArgumentException e) {
            validationMessage.set(e.getMessage());
            return;
        }
        feed = newFeed;
        trainer = newTrainer;
        unshownProgress = null;
        smoothing.reset();
        if (!continuing) {
            losses.clear();
        }
        diverged.set(false);
        outcomeMessage.set("");
        progress.set(continuing ? (double) current.history().epochCount() / c.epochs() : 0);
        progressText.set("Starting\u2026");
        speedText.set("");
        state.set(RunState.RUNNING);
        runStarted.accept(continuing);
        newTrainer.start();
    }

    public void pause() {
        if (state.get() == RunState.RUNNING) {
            trainer.pause();
            state.set(RunState.PAUSED);
            // A paused run has no speed and no time left: the class should read that it waits.
            speedText.set(PAUSED_TEXT);
        }
    }

    public void resume() {
        if (state.get() == RunState.PAUSED) {
            trainer.resume();
            state.set(RunState.RUNNING);
            speedText.set("Resuming\u2026");
        }
    }

    /** Space bar: pause when running, resume when paused. */
    public void togglePause() {
        if (state.get() == RunState.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /** Ends the run after the current minibatch; its model becomes the current model. */
    public void stop() {
        if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
            trainer.stop();
            state.set(RunState.STOPPING);
            progressText.set("Stopping\u2026");
        }
    }

    /** Replaces the current model by an untrained one with the form's hyperparameters (stopping any run first). */
    public void reset() {
        VaeConfig c = config.get();
        if (c == null) {
            return;
        }
        resetAfterStop = c;
        if (state.get() == RunState.IDLE) {
            resetIfRequested();
        } else {
            stop();
        }
    }

    /** Puts VaeConfig's defaults back into the form. */
    public void restoreDefaults() {
        if (state.get() == RunState.IDLE) {
            showConfig(VaeConfig.defaults());
        }
    }

    // ---- updates from the explorer -----------------------------------------------------------------

    /** A model was opened (or reset): its hyperparameters fill the form, its history the loss curves. */
    public void showModel(CurrentModel m) {
        showConfig(nextRun(m));
        // How the last run ended is about the model that has just gone ("Train continues from here").
        outcomeMessage.set("");
        diverged.set(false);
        losses.clear();
        // The smoothed curve as it was drawn during training when the file keeps it, else the epoch means.
        for (CurvePoint p : m.history().trainCurve()) {
            losses.add(LossCurves.Split.TRAIN, p.epochs(), new LossParts(p.reconstruction(), p.kl()));
        }
        for (EpochRecord r : m.history().epochs()) {
            if (m.history().trainCurve().isEmpty()) {
                losses.add(LossCurves.Split.TRAIN, r.epoch(), r.train());
            }
            losses.add(LossCurves.Split.TEST, r.epoch(), r.test());
        }
        losses.publish();
        int done = m.history().epochCount();
        progress.set(Math.min(1, (double) done / m.config().epochs()));
        progressText.set(done == 0 ? "Untrained" : "Trained " + done + " of " + m.config().epochs() + " epochs");
        speedText.set("");
    }

    /**
     * Pulls what the run reported since the last frame: chart points in bulk, the newest progress, the
     * outcome. Returns the update for the explorer (parameters, samples), or null when nothing is running.
     */
    public TrainingFeed.Update pump() {
        if (feed == null) {
            return null;
        }
        TrainingFeed.Update update = feed.drain();
        if (update.isEmpty() && !unpublishedPoints && unshownProgress == null) {
            return update;
        }
        for (TrainingProgress p : update.progress()) {
            losses.add(LossCurves.Split.TRAIN, p.epochsDone(), smoothing.add(p.batchLoss()));
        }
        for (EpochRecord r : update.epochs()) {
            losses.add(LossCurves.Split.TEST, r.epoch(), r.test());
        }
        unpublishedPoints |= !update.progress().isEmpty() || !update.epochs().isEmpty();
        long now = System.nanoTime();
        if (unpublishedPoints && (now - lastPublish >= CHART_UPDATE_NANOS || update.outcome() != null
                || !update.epochs().isEmpty())) {
            losses.publish();
            unpublishedPoints = false;
            lastPublish = now;
        }
        if (update.latestProgress() != null) {
            unshownProgress = update.latestProgress();
        }
        if (unshownProgress != null && update.outcome() == null && now - lastTextUpdate >= TEXT_UPDATE_NANOS) {
            showProgress(unshownProgress);
            unshownProgress = null;
        }
        if (update.outcome() != null) {
            finish(update.outcome());
        }
        return update;
    }

    /** Completes when the current run ends (already complete when none runs): for tests and the benchmark. */
    public CompletableFuture<TrainingOutcome> runOutcome() {
        return trainer == null ? CompletableFuture.completedFuture(null) : trainer.outcome();
    }

    /**
     * The process is ending (SIGTERM, SIGINT): like {@link #stopForExit}, but from any thread and without the
     * UI thread, which may be busy or gone. Returns the run's checkpoint at the minibatch where it stopped,
     * or null when nothing ran (or the UI thread already took it, to be written as usual).
     */
    public ModelFile stopForProcessExit(Duration wait) {
        Trainer running = trainer;
        TrainingFeed runningFeed = feed;
        if (running == null || runningFeed == null) {
            return null;
        }
        stopWithCheckpoint(running, wait);
        return runningFeed.takeCheckpoint();
    }

    /**
     * The app is ending (its window closed, or the process asked to end): stops any run after its current
     * minibatch with a checkpoint of where it stands, waiting at most {@code wait} for it. Returns that
     * checkpoint (or the newest one not yet handed on), for the caller to keep; null when nothing ran.
     */
    public ModelFile stopForExit(Duration wait) {
        if (trainer == null) {
            return null;
        }
        stopWithCheckpoint(trainer, wait);
        TrainingFeed.Update update = pump();
        return update == null ? null : update.checkpoint();
    }

    /** Stops {@code running} after its minibatch with a checkpoint, waiting for it to end at most {@code wait}. */
    private static void stopWithCheckpoint(Trainer running, Duration wait) {
        running.stopAndCheckpoint();
        try {
            running.outcome().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // keep the newest checkpoint the run has handed over; the next start resumes from it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- internals ----------------------------------------------------------------------------------

    private void showProgress(TrainingProgress p) {
        lastTextUpdate = System.nanoTime();
        progress.set(p.fractionDone());
        imagesPerSecond.set(p.samplesPerSecond());
        progressText.set(String.format(Locale.ROOT, "Epoch %d of %d\nIteration %,d", p.epoch() + 1, p.epochs(),
                p.iteration()));
        String betaNote = "";
        VaeConfig c = trainer.config();
        if (c.warmupEpochs() > 0 && p.beta() < c.beta()) {
            betaNote = String.format(Locale.ROOT, "\n\u03b2 %.2f (warming up)", p.beta());
        }
        if (state.get() == RunState.PAUSED) {
            speedText.set(PAUSED_TEXT); // progress of the minibatch that ran on after Pause
            return;
        }
        speedText.set(String.format(Locale.ROOT, "%,.0f images/s\n%s left%s", p.samplesPerSecond(),
                duration(p.secondsLeft()), betaNote));
    }

    private void finish(TrainingOutcome outcome) {
        state.set(RunState.IDLE);
        trainer = null;
        feed = null;
        unshownProgress = null;
        diverged.set(outcome.status() == TrainingOutcome.Status.DIVERGED);
        String text = switch (outcome.status()) {
            case COMPLETED -> "Finished: " + outcome.message() + ".";
            case STOPPED -> "Stopped: " + outcome.message() + ". Train continues from here.";
            case DIVERGED -> outcome.message().toLowerCase(Locale.ROOT).startsWith("training diverged")
                    ? capitalize(outcome.message()) : "Training diverged: " + outcome.message();
            case FAILED -> "Training failed: " + outcome.message();
        };
        outcomeMessage.set(text);
        if (outcome.model() != null) {
            int done = outcome.model().history().epochCount();
            int target = outcome.model().config().epochs();
            progress.set(Math.min(1, (double) done / target));
            progressText.set("Trained " + done + " of " + target + " epochs");
        }
        speedText.set("");
    }

    /**
     * Called by the explorer once it has adopted a finished run's model: a Reset pressed during the run
     * replaces that model now.
     */
    public void resetIfRequested() {
        VaeConfig c = resetAfterStop;
        resetAfterStop = null;
        if (c != null && state.get() == RunState.IDLE) {
            losses.clear();
            outcomeMessage.set("");
            diverged.set(false);
            freshModel.accept(c);
        }
    }

    /**
     * The form's settings for the next run after opening {@code m}: its own, so that Train continues it when
     * it has epochs left; for a finished model the default epoch count, since its own (150 for the shipped
     * model) would make Train start a quarter-hour run in class.
     */
    static VaeConfig nextRun(CurrentModel m) {
        VaeConfig c = m.config();
        int done = m.history().epochCount();
        if (done == 0 || done < c.epochs()) {
            return c;
        }
        return c.withTraining(c.learningRate(), c.batchSize(), Math.min(c.epochs(), VaeConfig.DEFAULT_EPOCHS));
    }

    static String describeLoaded(CurrentModel m) {
        VaeConfig c = m.config();
        StringBuilder s = new StringBuilder("Loaded model: ");
        if (c.architecture() != org.vaeexplorer.model.Architecture.MLP) {
            s.append(c.architecture().displayName()).append(' ');
        }
        s.append(c.imageRows() * c.imageCols());
        c.hiddenSizes().forEach(h -> s.append('-').append(h));
        s.append('-').append(c.latentSize()).append(", ");
        int done = m.history().epochCount();
        if (done == 0) {
            s.append("untrained");
        } else if (done < c.epochs()) {
            s.append(done).append(" of ").append(c.epochs()).append(" epochs");
        } else {
            s.append(done).append(done == 1 ? " epoch" : " epochs");
        }
        s.append(", \u03b2 = ").append(number(c.beta()));
        if (c.warmupEpochs() > 0) {
            s.append(" (warm-up ").append(number(c.warmupEpochs())).append(")");
        }
        return s.append(", learning rate ").append(number(c.learningRate()))
                .append(", batch ").append(c.batchSize()).toString();
    }

    private void showConfig(VaeConfig c) {
        latentSize.set(Integer.toString(c.latentSize()));
        hiddenSizes.set(String.join(", ", c.hiddenSizes().stream().map(String::valueOf).toList()));
        learningRate.set(number(c.learningRate()));
        batchSize.set(Integer.toString(c.batchSize()));
        epochs.set(Integer.toString(c.epochs()));
        beta.set(number(c.beta()));
        warmupEpochs.set(number(c.warmupEpochs()));
        seed.set(Long.toString(c.seed()));
    }

    private List<StringProperty> fields() {
        return List.of(latentSize, hiddenSizes, learningRate, batchSize, epochs, beta, warmupEpochs, seed);
    }

    private void validate() {
        try {
            int rows = VaeConfig.MNIST_SIDE;
            int cols = VaeConfig.MNIST_SIDE;
            Dataset d = data.get();
            if (d != null) {
                rows = d.rows();
                cols = d.cols();
            } else if (model.get() != null) {
                rows = model.get().config().imageRows();
                cols = model.get().config().imageCols();
            }
            VaeConfig c = new VaeConfig(rows, cols, parseSizes(hiddenSizes.get()), parseInt("latent size", latentSize.get()),
                    parseDouble("learning rate", learningRate.get()), parseInt("batch size", batchSize.get()),
                    parseInt("epochs", epochs.get()), parseDouble("\u03b2", beta.get()),
                    parseDouble("KL warm-up", warmupEpochs.get()), parseLong("seed", seed.get()));
            config.set(c);
            validationMessage.set("");
            warning.set(warningFor(c));
        } catch (IllegalArgumentException e) {
            config.set(null);
            validationMessage.set(capitalize(e.getMessage()));
            warning.set("");
        }
        updateTrainLabel();
    }

    /**
     * β ramps up over the warm-up (VaeConfig.betaAt), so a warm-up as long as the run or longer ends the run
     * before β has reached its value: the loss trained is never the ELBO asked for.
     */
    static String warningFor(VaeConfig c) {
        if (c.warmupEpochs() <= 0 || c.warmupEpochs() < c.epochs()) {
            return "";
        }
        return String.format(Locale.ROOT, "The KL warm-up (%s epochs) does not end within the run (%d epochs):"
                        + " \u03b2 never reaches %s (it ends at %.2f). Raise Epochs above %s or shorten the warm-up.",
                number(c.warmupEpochs()), c.epochs(), number(c.beta()), c.betaAt(c.epochs()), number(c.warmupEpochs()));
    }

    private void updateTrainLabel() {
        VaeConfig c = config.get();
        trainLabel.set(c != null && canContinue(model.get(), c) ? "Continue training" : "Train new model");
        updateCanTrain();
    }

    private void updateCanTrain() {
        canTrain.set(state.get() == RunState.IDLE && config.get() != null && data.get() != null
                && model.get() != null && !busy.get());
    }

    /** Same model and training set-up apart from the epoch count, with epochs left to train. */
    static boolean canContinue(CurrentModel current, VaeConfig wanted) {
        if (current == null) {
            return false;
        }
        VaeConfig have = current.config();
        int done = current.history().epochCount();
        return done > 0 && done < wanted.epochs()
                && have.withTraining(have.learningRate(), have.batchSize(), wanted.epochs()).equals(wanted);
    }

    static List<Integer> parseSizes(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("hidden sizes: enter one or more layer sizes, e.g. 400 or 512, 256");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : trimmed.split("[,\\s]+")) {
            sizes.add(parseInt("hidden sizes", part));
        }
        return sizes;
    }

    private static int parseInt(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number");
        }
    }

    private static long parseLong(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number");
        }
    }

    private static double parseDouble(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a number");
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace("E", "e");
    }

    private static String capitalize(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "45 s", "3 min 05 s", "1 h 02 min". */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "\u2014";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
