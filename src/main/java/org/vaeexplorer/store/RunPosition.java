package org.vaeexplorer.store;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
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
            // a checkpoint's header holds these: a damaged file can bring any value
            throw new InvalidValueException(Fault.of("store.negativePosition", epoch, batch, iteration, epochImages));
        }
        if (epochSums == null) {
            throw new InvalidValueException(Fault.of("store.positionWithoutSums"));
        }
    }

    /** "epoch 3, minibatch 120", 1-based epoch as users count. */
    public String describe() {
        return where().toString();
    }

    /** {@link #describe} as a fault's argument, worded in the language of the fault that names it. */
    public Fault where() {
        return Fault.of("store.position", epoch + 1, batch);
    }
}
