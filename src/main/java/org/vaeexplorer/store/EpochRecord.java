package org.vaeexplorer.store;

import org.vaeexplorer.model.LossParts;

/**
 * One finished epoch: mean training loss over its minibatches, the held-out test loss at its end (both
 * in nats per image), the β in effect at its end, how long it took, and the learning rate it trained at
 * (a run continued at a smaller rate has two).
 */
public record EpochRecord(int epoch, LossParts train, LossParts test, double beta, double seconds, double learningRate) {

    /** This epoch, trained at {@code rate}. */
    EpochRecord atLearningRate(double rate) {
        return new EpochRecord(epoch, train, test, beta, seconds, rate);
    }
}
