package org.vaeexplorer.train;

import org.vaeexplorer.store.ModelFile;

/**
 * How a run ended and what it left: the model (weights, optimizer state, history) is always usable, also
 * after a stop or a divergence, where it holds the last good parameters.
 */
public record TrainingOutcome(Status status, String message, ModelFile model) {

    public enum Status {
        /** Every epoch asked for was trained. */
        COMPLETED,
        /** Stopped on request between two minibatches. */
        STOPPED,
        /** The loss became NaN or infinite; the last good parameters were restored. */
        DIVERGED,
        /** An unexpected error; the message says which. */
        FAILED
    }

    public boolean succeeded() {
        return status == Status.COMPLETED;
    }
}
