package org.vaeexplorer.store;

import org.vaeexplorer.model.LossParts;

/**
 * Where an unfinished run stands, so that it can continue exactly as if it had never stopped: the next
 * minibatch to train, the loss sums of the epoch so far and the position of the reparameterisation noise
 * generator. The minibatch order needs no saving: it is a function of (seed, epoch).
 *
 * @param epoch          the epoch under way, 0-based
 * @param batch          minibatches of that epoch already trained
 * @param iteration      minibatches trained since the run's first epoch began
 * @param epochSums      sums of both loss parts over the epoch's trained minibatches
 * @param epochImages    images in those minibatches
 * @param noiseRootState the noise generator's root state (ND4J {@code Random.rootState()})
 * @param noiseNodeState the noise generator's node state (ND4J {@code Random.nodeState()})
 */
public record RunPosition(int epoch, int batch, long iteration, LossParts epochSums, int epochImages,
                          long noiseRootState, long noiseNodeState) {

    public RunPosition {
        if (epoch < 0 || batch < 0 || iteration < 0 || epochImages < 0) {
            throw new IllegalArgumentException("a run position cannot be negative: epoch " + epoch
                    + ", minibatch " + batch + ", iteration " + iteration + ", images " + epochImages);
        }
        if (epochSums == null) {
            throw new IllegalArgumentException("a run position needs the epoch's loss sums");
        }
    }

    /** "epoch 3, minibatch 120", 1-based epoch as users count. */
    public String describe() {
        return "epoch " + (epoch + 1) + ", minibatch " + batch;
    }
}
