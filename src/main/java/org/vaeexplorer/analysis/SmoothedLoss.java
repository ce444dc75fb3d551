package org.vaeexplorer.analysis;

import org.vaeexplorer.model.LossParts;

/**
 * Exponential moving average of minibatch losses with bias correction, as TensorBoard's smoothing and
 * Adam's moment estimates (Kingma &amp; Ba 2015, sec. 3): s_t = a s_(t-1) + (1 - a) x_t, shown as
 * s_t / (1 - a^t), so the curve starts at the first loss instead of climbing up from zero.
 */
public final class SmoothedLoss {

    /** a = 0.95 averages over about 20 minibatches: the trend without the minibatch noise. */
    static final double DECAY = 0.95;

    private double reconstruction;
    private double kl;
    private double weight;

    public LossParts add(LossParts batch) {
        reconstruction = DECAY * reconstruction + (1 - DECAY) * batch.reconstruction();
        kl = DECAY * kl + (1 - DECAY) * batch.kl();
        weight = DECAY * weight + (1 - DECAY);
        return new LossParts(reconstruction / weight, kl / weight);
    }

    public void reset() {
        reconstruction = 0;
        kl = 0;
        weight = 0;
    }
}
