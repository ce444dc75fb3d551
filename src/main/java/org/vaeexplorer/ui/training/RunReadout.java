package org.vaeexplorer.ui.training;

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

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What the window reads of a run: the progress bar and its texts, the loss curves, how the run ended. A
 * run reports every minibatch; the eye does not need that, so texts and charts change at most a few times
 * a second, timed by the clock this is given (a test's own clock, or {@link System#nanoTime}).
 */
final class RunReadout {

    static final String PAUSED_TEXT = "Paused (Space or Resume continues)";

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
        progressText.set("Starting\u2026");
        speedText.set("");
    }

    /** A paused run has no speed and no time left: the class should read that it waits. */
    void paused() {
        speedText.set(PAUSED_TEXT);
    }

    void resuming() {
        speedText.set("Resuming\u2026");
    }

    void stopping() {
        progressText.set("Stopping\u2026");
    }

    /** How the last run ended is about a model that has gone. */
    void cleared() {
        outcomeMessage.set("");
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
        progressText.set(String.format(Locale.ROOT, "Epoch %d of %d\nIteration %,d", p.epoch() + 1, p.epochs(),
                p.iteration()));
        if (paused) {
            speedText.set(PAUSED_TEXT); // progress of the minibatch that ran on after Pause
            return;
        }
        String betaNote = "";
        if (run.warmupEpochs() > 0 && p.beta() < run.beta()) {
            betaNote = String.format(Locale.ROOT, "\n\u03b2 %.2f (warming up)", p.beta());
        }
        speedText.set(String.format(Locale.ROOT, "%,.0f images/s\n%s left%s", p.samplesPerSecond(),
                duration(p.secondsLeft()), betaNote));
    }

    /** The run ended: how, in plain words, and how far its model got. */
    void finished(TrainingOutcome outcome) {
        unshownProgress = null;
        diverged.set(outcome.status() == TrainingOutcome.Status.DIVERGED);
        outcomeMessage.set(switch (outcome.status()) {
            case COMPLETED -> "Finished: " + outcome.message() + ".";
            case STOPPED -> "Stopped: " + outcome.message() + ". Train continues from here.";
            case DIVERGED -> outcome.message().toLowerCase(Locale.ROOT).startsWith("training diverged")
                    ? HyperparameterForm.capitalize(outcome.message()) : "Training diverged: " + outcome.message();
            case FAILED -> "Training failed: " + outcome.message();
        });
        if (outcome.model() != null) {
            showTrained(outcome.model().history().epochCount(), outcome.model().config().epochs());
        }
        speedText.set("");
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
            progressText.set("Untrained");
        } else {
            showTrained(done, config.epochs());
        }
        speedText.set("");
    }

    private void showTrained(int done, int target) {
        progress.set(Math.min(1, (double) done / target));
        progressText.set("Trained " + done + " of " + target + " epochs");
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
