package org.vaeexplorer.ui.training;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingRun;
import org.vaeexplorer.ui.training.TrainingViewModel.RunState;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The run's state machine: idle, running, paused, stopping, and back to idle when the run's outcome has
 * been drained. Each command moves the state only from the states it applies to, and tells the
 * {@link RunReadout} what the window should now read. Changed on the UI thread, apart from
 * {@link #stopForProcessExit}.
 */
final class RunControl {

    private final RunReadout readout;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    /** Set and cleared on the UI thread; read by {@link #stopForProcessExit} on the thread of a shutdown hook. */
    private volatile TrainingRun run;
    private volatile TrainingFeed feed;

    RunControl(RunReadout readout) {
        this.readout = readout;
    }

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    RunState state() {
        return state.get();
    }

    /** {@code newRun}, made but not started yet, reports to {@code newFeed}: the state is now running. */
    void begin(TrainingRun newRun, TrainingFeed newFeed) {
        feed = newFeed;
        run = newRun;
        state.set(RunState.RUNNING);
    }

    void pause() {
        if (state.get() == RunState.RUNNING) {
            run.pause();
            state.set(RunState.PAUSED);
            readout.paused();
        }
    }

    void resume() {
        if (state.get() == RunState.PAUSED) {
            run.resume();
            state.set(RunState.RUNNING);
            readout.resuming();
        }
    }

    /** A paused run trains {@code minibatches} more and stays paused. */
    void step(int minibatches) {
        if (state.get() == RunState.PAUSED) {
            run.step(minibatches);
        }
    }

    /** Asks the run to end after its current minibatch; it is stopping until its outcome is drained. */
    void stop() {
        if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
            run.stop();
            state.set(RunState.STOPPING);
            readout.stopping();
        }
    }

    /**
     * Drains what the run reported since the last frame into the readout; its outcome ends the run. Returns
     * the update, or null when no run is under way.
     */
    TrainingFeed.Update pump() {
        if (feed == null) {
            return null;
        }
        TrainingFeed.Update update = feed.drain();
        readout.take(update, run.config(), state.get() == RunState.PAUSED);
        if (update.outcome() != null) {
            state.set(RunState.IDLE);
            run = null;
            feed = null;
            readout.finished(update.outcome());
        }
        return update;
    }

    CompletableFuture<TrainingOutcome> outcome() {
        TrainingRun current = run;
        return current == null ? CompletableFuture.completedFuture(null) : current.outcome();
    }

    /**
     * From any thread: stops the run with a checkpoint (waiting at most {@code wait}) and takes that
     * checkpoint from the feed; null when nothing ran.
     */
    ModelFile stopForProcessExit(Duration wait) {
        TrainingRun running = run;
        TrainingFeed runningFeed = feed;
        if (running == null || runningFeed == null) {
            return null;
        }
        stopWithCheckpoint(running, wait);
        return runningFeed.takeCheckpoint();
    }

    /**
     * On the UI thread: stops the run with a checkpoint, waiting at most {@code wait}, and drains it; returns
     * the newest checkpoint not yet handed on, or null when none ran.
     */
    ModelFile stopForExit(Duration wait) {
        TrainingRun running = run;
        if (running == null) {
            return null;
        }
        stopWithCheckpoint(running, wait);
        TrainingFeed.Update update = pump();
        return update == null ? null : update.checkpoint();
    }

    private static void stopWithCheckpoint(TrainingRun running, Duration wait) {
        running.stopAndCheckpoint();
        try {
            running.outcome().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // keep the newest checkpoint the run has handed over; the next start resumes from it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
