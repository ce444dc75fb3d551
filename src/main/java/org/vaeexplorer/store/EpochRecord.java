package org.vaeexplorer.store;

import org.vaeexplorer.model.LossParts;

/**
 * One finished epoch: mean training loss over its minibatches, the held-out test loss at its end (both
 * in nats per image), the β in effect at its end and how long it took.
 */
public record EpochRecord(int epoch, LossParts train, LossParts test, double beta, double seconds) {
}
