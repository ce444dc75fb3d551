package org.vaeexplorer.analysis;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;

/**
 * Latent points laid out for teaching: the straight line between two latent means (interpolation) and
 * one-dimension-at-a-time sweeps through a point (latent traversal). The latents are plain row-major
 * float arrays, one row per point, so the UI can show them without ND4J.
 */
public final class LatentPaths {

    /** The values a traversal sweeps each dimension through: the prior's bulk, -3 to 3 standard deviations. */
    public static final float[] TRAVERSAL_VALUES = {-3f, -2f, -1f, 0f, 1f, 2f, 3f};

    private LatentPaths() {
    }

    /** z(t) = (1 - t) a + t b. */
    public static float[] along(float[] a, float[] b, double t) {
        requireSameLength(a, b);
        float[] z = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            z[j] = (float) ((1 - t) * a[j] + t * b[j]);
        }
        return z;
    }

    /** {@code steps} points from a to b, evenly spaced, both ends included (t = i / (steps - 1)). */
    public static float[] line(float[] a, float[] b, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("a line needs at least 2 steps, got " + steps);
        }
        float[] out = new float[steps * a.length];
        for (int i = 0; i < steps; i++) {
            System.arraycopy(along(a, b, i / (double) (steps - 1)), 0, out, i * a.length, a.length);
        }
        return out;
    }

    /**
     * Row r * values.length + c is {@code z} with dimension r set to values[c]: one row of the grid per
     * latent dimension, one column per value, every other coordinate kept.
     */
    public static float[] traversal(float[] z, float[] values) {
        int d = z.length;
        float[] out = new float[d * values.length * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < values.length; c++) {
                int row = r * values.length + c;
                System.arraycopy(z, 0, out, row * d, d);
                out[row * d + r] = values[c];
            }
        }
        return out;
    }

    /** Pixel means E[x|z] of row-major latents, one image after the other. */
    public static float[] decodeAll(Vae vae, float[] latents) {
        int d = vae.config().latentSize();
        if (latents.length % d != 0) {
            throw new IllegalArgumentException(latents.length + " values are not rows of " + d + " latents");
        }
        return vae.decodeToFloats(latents, latents.length / d);
    }

    /** The latent mean mu(x) of one image (pixels in [0, 1], row-major). */
    public static float[] encodeMean(Vae vae, float[] image) {
        return ImageMatrix.toFloats(vae.encodeMean(Nd4j.create(image, new long[] {1, image.length}, 'c')));
    }

    private static void requireSameLength(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("latent points of sizes " + a.length + " and " + b.length);
        }
    }
}
