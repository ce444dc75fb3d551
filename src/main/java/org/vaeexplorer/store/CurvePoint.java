package org.vaeexplorer.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One point of the smoothed training-loss curve: where in training (fractional epochs) and the
 * exponentially smoothed minibatch loss parts there, in nats per image.
 */
public record CurvePoint(double epochs, double reconstruction, double kl) {

    public double negElbo() {
        return reconstruction + kl;
    }

    /**
     * At most {@code max} points of {@code curve}, evenly spaced, first and last kept. The curve is already
     * smoothed over ~20 minibatches, so a few thousand points draw the same line as 70,000 (150 MNIST
     * epochs) and keep a model file's header small enough to list many runs quickly.
     */
    public static List<CurvePoint> thinned(List<CurvePoint> curve, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("keep at least 2 points, not " + max);
        }
        int n = curve.size();
        if (n <= max) {
            return curve;
        }
        List<CurvePoint> kept = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            kept.add(curve.get((int) Math.round((double) i * (n - 1) / (max - 1))));
        }
        return kept;
    }
}
