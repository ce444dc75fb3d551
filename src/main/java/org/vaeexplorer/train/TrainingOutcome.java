package org.vaeexplorer.train;

import org.vaeexplorer.store.ModelFile;

/**
 * How a run ended and what it left: the model (weights, optimizer state, history) is always usable, also
 * after a stop or a divergence, where it holds the last good parameters.
 *
 * @param message the ending in an English sentence, as the command line prints it
 * @param ending  the same in figures, for a reader that words it itself (the window, in its language); null
 *                for a failure, whose message is the error's
 */
public record TrainingOutcome(Status status, String message, ModelFile model, Ending ending) {

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

    /** An outcome known only by its sentence (a failure). */
    public TrainingOutcome(Status status, String message, ModelFile model) {
        this(status, message, model, null);
    }

    public boolean succeeded() {
        return status == Status.COMPLETED;
    }

    /** Where and why a run ended, in figures; epochs count from 1, minibatches from 0. */
    public sealed interface Ending {

        /** Every one of {@code epochs} was trained. */
        record Completed(int epochs) implements Ending {
        }

        /** Stopped before minibatch {@code minibatch} of epoch {@code epoch}. */
        record Stopped(int epoch, int minibatch) implements Ending {
        }

        /** A minibatch's loss was NaN ({@code nan}) or infinite; the parameters of {@code keptIteration} were kept. */
        record LossNotFinite(long iteration, boolean nan, long keptIteration, double learningRate) implements Ending {
        }

        /** The test loss after epoch {@code epoch} was not finite; the parameters of {@code keptIteration} were kept. */
        record TestLossNotFinite(int epoch, long keptIteration) implements Ending {
        }
    }
}
