package org.vaeexplorer.train;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;

import java.util.concurrent.CompletableFuture;

/**
 * A training run as whoever controls it sees it: start it once, pause, resume or stop it between
 * minibatches, and learn how it ended. {@link Trainer} is the real one; a view model gets its runs from a
 * {@link Factory}, so that its tests can drive a run themselves, on their own thread, without training.
 */
public interface TrainingRun {

    /** Makes the run that trains {@code config} on {@code data}, telling {@code listener} its news. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param start a saved model or checkpoint to continue, or null for a new model
         * @throws IllegalArgumentException when {@code start} or {@code data} do not fit {@code config}
         */
        TrainingRun create(Dataset data, VaeConfig config, ModelFile start, TrainingListener listener);
    }

    VaeConfig config();

    /** Starts the run; a run starts once. */
    void start();

    /** Pauses after the current minibatch. */
    void pause();

    void resume();

    /** A paused run trains {@code minibatches} more, reporting each, and stays paused. */
    void step(int minibatches);

    /** Stops after the current minibatch; also a paused run. */
    void stop();

    /** Stops after the current minibatch, handing the listener a checkpoint of where the run stands first. */
    void stopAndCheckpoint();

    /** Completes when the run ends, however it ends. */
    CompletableFuture<TrainingOutcome> outcome();
}
