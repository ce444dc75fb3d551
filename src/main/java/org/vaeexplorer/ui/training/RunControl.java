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
 * been drained. Each command moves the state only from the states it applies to, and says whether it did.
 * Changed on the UI thread, apart from {@link #stopForProcessExit}.
 */
final class RunControl {

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    /** Set and cleared on the UI thread; read by {@link #stopForProcessExit} on the thread of a shutdown hook. */
    private volatile TrainingRun run;
    private volatile TrainingFeed feed;

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    RunState state() {
        return state.get();
    }

    /** The run under way, or null. */
    TrainingRun run() {
        return run;
    }

    /** {@code newRun}, made but not started yet, reports to {@code newFeed}: the state is now running. */
    void begin(TrainingRun newRun, TrainingFeed newFeed) {
        feed = newFeed;
        run = newRun;
        state.set(RunState.RUNNING);
    }

    boolean pause() {
        if (state.get() != RunState.RUNNING) {
            return false;
        }
        run.pause();
        state.set(RunState.PAUSED);
        return true;
    }

    boolean resume() {
        if (state.get() != RunState.PAUSED) {
            return false;
        }
        run.resume();
        state.set(RunState.RUNNING);
        return true;
    }

    /** Asks the run to end after its current minibatch; it is stopping until its outcome is drained. */
    boolean stop() {
        if (state.get() != RunState.RUNNING && state.get() != RunState.PAUSED) {
            return false;
        }
        run.stop();
        state.set(RunState.STOPPING);
        return true;
    }

    /** What the run reported since the last drain, or null when no run is under way. */
    TrainingFeed.Update drain() {
        return feed == null ? null : feed.drain();
    }

    /** The drained outcome ended the run. */
    void ended() {
        state.set(RunState.IDLE);
        run = null;
        feed = null;
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

    /** On the UI thread: stops the run with a checkpoint, waiting at most {@code wait}; false when none ran. */
    boolean stopForExit(Duration wait) {
        TrainingRun running = run;
        if (running == null) {
            return false;
        }
        stopWithCheckpoint(running, wait);
        return true;
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
