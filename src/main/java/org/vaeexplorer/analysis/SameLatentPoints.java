package org.vaeexplorer.analysis;

import org.vaeexplorer.model.Vae;

import java.util.Random;

/**
 * Samples of two VAEs from the same latent points: z_1..z_n drawn once from the prior N(0, I) and decoded by
 * each model's decoder to its pixel means. With the points shared, what differs between the two pictures is
 * the decoder alone (an MLP's or a convolutional one), not the luck of the draw.
 */
public final class SameLatentPoints {

    private SameLatentPoints() {
    }

    /** {@code n} points of N(0, I) in {@code latentSize} dimensions, one after another; the same for the same seed. */
    public static float[] draw(int latentSize, int n, long seed) {
        Random rng = new Random(seed);
        float[] points = new float[n * latentSize];
        for (int i = 0; i < points.length; i++) {
            points[i] = (float) rng.nextGaussian();
        }
        return points;
    }

    /** The decoder's pixel means at each of the {@code n} points; only the thread that owns {@code vae} may call this. */
    public static GreyImages decode(Vae vae, float[] points, int n) {
        if (points.length != n * vae.config().latentSize()) {
            throw new IllegalArgumentException(points.length + " values are not " + n + " points of "
                    + vae.config().latentSize() + " dimensions");
        }
        return new GreyImages(n, vae.config().imageRows(), vae.config().imageCols(), vae.decodeToFloats(points, n));
    }
}
