package org.vaeexplorer.ui.training;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.analysis.SmoothedLoss;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingProgress;
import org.vaeexplorer.ui.charts.LossHistory;
import org.vaeexplorer.ui.fx.I18n;

import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the window reads of a run: the progress bar and its texts, the loss curves, how the run ended. A
 * run reports every minibatch; the eye does not need that, so texts and charts change at most a few times
 * a second, timed by the clock this is given (a test's own clock, or {@link System#nanoTime}).
 */
final class RunReadout {

    /** The key of the text a paused run reads. */
    static final String PAUSED = "training.run.paused";

    /** Progress bar and text change at most four times a second: re-laying out the controls every frame costs frames. */
    private static final long TEXT_UPDATE_NANOS = 250_000_000L;

    /**
     * The charts redraw at most ten times a second: every frame's points are taken, but a JFreeChart redraw
     * (three charts, thousands of points, all text) is worth doing only when the eye can tell.
     */
    private static final long CHART_UPDATE_NANOS = 100_000_000L;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyDoubleWrapper imagesPerSecond = new ReadOnlyDoubleWrapper(this, "imagesPerSecond");
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper(this, "outcomeMessage", "");
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper(this, "diverged");
    private final LossHistory losses = new LossHistory();
    private final SmoothedLoss smoothing = new SmoothedLoss();
    private final LongSupplier nanoTime;
    /** The texts shown, made anew in the language chosen (an idle window's texts stay for good). */
    private Supplier<String> progressSource = () -> "";
    private Supplier<String> speedSource = () -> "";
    private Supplier<String> outcomeSource = () -> "";
    /** Held here; the language holds it only weakly, so a view model no window shows can go. */
    private final InvalidationListener languageChanged = o -> retell();

    private boolean unpublishedPoints;
    private long lastPublish;
    private long lastTextUpdate;
    /** The newest progress not on screen yet (numbers changing faster than 4 Hz cannot be read anyway). */
    private TrainingProgress unshownProgress;

    /** @param nanoTime a monotonic clock in nanoseconds */
    RunReadout(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        lastPublish = now - CHART_UPDATE_NANOS;
        lastTextUpdate = now - TEXT_UPDATE_NANOS;
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
    }

    private void progressText(Supplier<String> text) {
        progressSource = text;
        progressText.set(text.get());
    }

    private void speedText(Supplier<String> text) {
        speedSource = text;
        speedText.set(text.get());
    }

    private void outcomeMessage(Supplier<String> text) {
        outcomeSource = text;
        outcomeMessage.set(text.get());
    }

    private void retell() {
        progressText.set(progressSource.get());
        speedText.set(speedSource.get());
        outcomeMessage.set(outcomeSource.get());
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty imagesPerSecondProperty() {
        return imagesPerSecond.getReadOnlyProperty();
    }

    ReadOnlyStringProperty outcomeMessageProperty() {
        return outcomeMessage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    LossHistory losses() {
        return losses;
    }

    /** A run starts at {@code fractionDone}; a new model's curves start empty, a continued one's go on. */
    void started(boolean continuing, double fractionDone) {
        unshownProgress = null;
        smoothing.reset();
        if (!continuing) {
            losses.clear();
        }
        cleared();
        progress.set(fractionDone);
        progressText(() -> I18n.text("training.run.starting"));
        speedText(() -> "");
    }

    /** A paused run has no speed and no time left: the class should read that it waits. */
    void paused() {
        speedText(() -> I18n.text(PAUSED));
    }

    void resuming() {
        speedText(() -> I18n.text("training.run.resuming"));
    }

    void stopping() {
        progressText(() -> I18n.text("training.run.stopping"));
    }

    /** How the last run ended is about a model that has gone. */
    void cleared() {
        outcomeMessage(() -> "");
        diverged.set(false);
    }

    /**
     * One frame's news of the run training {@code run}: chart points in bulk, published at most ten times a
     * second (and at once at an epoch's end or the run's), the newest progress at most four times a second.
     */
    void take(TrainingFeed.Update update, VaeConfig run, boolean paused) {
        if (update.isEmpty() && !unpublishedPoints && unshownProgress == null) {
            return;
        }
        for (TrainingProgress p : update.progress()) {
            losses.add(LossCurves.Split.TRAIN, p.epochsDone(), smoothing.add(p.batchLoss()));
        }
        for (EpochRecord r : update.epochs()) {
            losses.add(LossCurves.Split.TEST, r.epoch(), r.test());
        }
        unpublishedPoints |= !update.progress().isEmpty() || !update.epochs().isEmpty();
        long now = nanoTime.getAsLong();
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
            lastTextUpdate = now;
            show(unshownProgress, run, paused);
            unshownProgress = null;
        }
    }

    private void show(TrainingProgress p, VaeConfig run, boolean paused) {
        progress.set(p.fractionDone());
        imagesPerSecond.set(p.samplesPerSecond());
        progressText(() -> I18n.text("training.run.progress", p.epoch() + 1, p.epochs(), p.iteration()));
        if (paused) {
            paused(); // progress of the minibatch that ran on after Pause
            return;
        }
        boolean warmingUp = run.warmupEpochs() > 0 && p.beta() < run.beta();
        speedText(() -> I18n.text("training.run.speed", p.samplesPerSecond(), duration(p.secondsLeft()))
                + (warmingUp ? I18n.text("training.run.warmingUp", p.beta()) : ""));
    }

    /** The run ended: how, in plain words, and how far its model got. */
    void finished(TrainingOutcome outcome) {
        unshownProgress = null;
        diverged.set(outcome.status() == TrainingOutcome.Status.DIVERGED);
        outcomeMessage(() -> outcomeText(outcome));
        if (outcome.model() != null) {
            showTrained(outcome.model().history().epochCount(), outcome.model().config().epochs());
        }
        speedText(() -> "");
    }

    /**
     * How the run ended, in the window's language, from the outcome's figures (the trainer's sentence is the
     * command line's English); a failure shows the error's own words.
     */
    static String outcomeText(TrainingOutcome outcome) {
        TrainingOutcome.Ending ending = outcome.ending();
        if (ending instanceof TrainingOutcome.Ending.Completed c) {
            return I18n.text("training.outcome.finishedEpochs", c.epochs());
        }
        if (ending instanceof TrainingOutcome.Ending.Stopped s) {
            return I18n.text("training.outcome.stoppedAt", s.epoch(), s.minibatch());
        }
        if (ending instanceof TrainingOutcome.Ending.LossNotFinite d) {
            return I18n.text(d.nan() ? "training.outcome.divergedNaN" : "training.outcome.divergedInfinite",
                    d.iteration(), d.keptIteration(), String.valueOf(d.learningRate()));
        }
        if (ending instanceof TrainingOutcome.Ending.TestLossNotFinite d) {
            return I18n.text("training.outcome.divergedTest", d.epoch(), d.keptIteration());
        }
        return switch (outcome.status()) {
            case COMPLETED -> I18n.text("training.outcome.finished", outcome.message());
            case STOPPED -> I18n.text("training.outcome.stopped", outcome.message());
            case DIVERGED -> I18n.text("training.outcome.diverged", outcome.message());
            case FAILED -> I18n.text("training.outcome.failed", outcome.message());
        };
    }

    /** A model was opened: its history becomes the loss curves. */
    void showModel(TrainingHistory history, VaeConfig config) {
        cleared();
        losses.clear();
        // The smoothed curve as it was drawn during training when the file keeps it, else the epoch means.
        for (CurvePoint p : history.trainCurve()) {
            losses.add(LossCurves.Split.TRAIN, p.epochs(), new LossParts(p.reconstruction(), p.kl()));
        }
        for (EpochRecord r : history.epochs()) {
            if (history.trainCurve().isEmpty()) {
                losses.add(LossCurves.Split.TRAIN, r.epoch(), r.train());
            }
            losses.add(LossCurves.Split.TEST, r.epoch(), r.test());
        }
        losses.publish();
        int done = history.epochCount();
        if (done == 0) {
            progress.set(0);
            progressText(() -> I18n.text("training.run.untrained"));
        } else {
            showTrained(done, config.epochs());
        }
        speedText(() -> "");
    }

    private void showTrained(int done, int target) {
        progress.set(Math.min(1, (double) done / target));
        progressText(() -> I18n.text("training.run.trained", done, target));
    }

    /** "45 s", "3 min 05 s", "1 h 02 min" (Chinese: "45 秒", "3 分 05 秒", "1 小时 02 分"). */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "\u2014";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return I18n.text("training.duration.seconds", s);
        }
        if (s < 3600) {
            return I18n.text("training.duration.minutes", s / 60, s % 60);
        }
        return I18n.text("training.duration.hours", s / 3600, (s % 3600) / 60);
    }
}
