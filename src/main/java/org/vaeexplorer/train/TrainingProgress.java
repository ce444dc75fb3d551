package org.vaeexplorer.train;

import org.vaeexplorer.model.LossParts;

/**
 * Where a run stands after one minibatch. Immutable; published from the training thread.
 *
 * @param iteration        minibatches done in the whole run (across resumed sessions)
 * @param epoch            0-based epoch being trained
 * @param batch            minibatches done in this epoch
 * @param batchesPerEpoch  minibatches in one epoch
 * @param epochs           epochs the run will train in total
 * @param batchLoss        this minibatch's loss parts, nats per image
 * @param beta             the KL weight used for this minibatch (after warm-up)
 * @param samplesPerSecond training throughput, smoothed
 * @param secondsLeft      estimated time to the end of the run
 */
public record TrainingProgress(long iteration, int epoch, int batch, int batchesPerEpoch, int epochs,
                               LossParts batchLoss, double beta, double samplesPerSecond, double secondsLeft) {

    /** Fractional epochs done, e.g. 2.5 halfway through the third epoch. */
    public double epochsDone() {
        return epoch + (double) batch / batchesPerEpoch;
    }

    /** Fraction of the whole run done, 0..1. */
    public double fractionDone() {
        return Math.min(1.0, epochsDone() / epochs);
    }
}
