package org.vaeexplorer.model;

/**
 * One point of the smoothed training-loss curve: where in training (fractional epochs) and the
 * exponentially smoothed minibatch loss parts there, in nats per image.
 */
public record CurvePoint(double epochs, double reconstruction, double kl) {

    public double negElbo() {
        return reconstruction + kl;
    }
}
