package org.vaeexplorer.analysis;

import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;

/**
 * Fills the unknown pixels of an image with the model's idea of them: start with the unknown pixels dark,
 * then repeat x <- decode(mu(x)) on the unknown pixels only, keeping the known ones as they are. The known
 * pixels pull the latent mean towards digits that agree with them; each round the filled-in part follows.
 * (Rezende, Mohamed &amp; Wierstra 2014, section 5.2, iterate the encoder and decoder in the same way,
 * sampling z; the posterior mean gives a steadier picture for a class.)
 */
public final class ImageRepair {

    /** Rounds of encode -> decode by default: the repair has settled by then on MNIST digits. */
    public static final int DEFAULT_ROUNDS = 30;

    private ImageRepair() {
    }

    /**
     * @param image      pixels in [0, 1], row-major
     * @param known      true where the pixel is known; those pixels come back unchanged, bit for bit
     * @param iterations rounds of encode -> decode
     * @return the repaired image
     */
    public static float[] repair(Vae vae, float[] image, boolean[] known, int iterations) {
        return repairAll(vae, image, 1, known, iterations);
    }

    /**
     * {@link #repair} of {@code n} images at once, each with the same pixels hidden: one encoder and one decoder
     * pass per round for all of them.
     *
     * @param images {@code n} images of {@code known.length} pixels, one after another
     * @return the repaired images, in the same layout
     */
    public static float[] repairAll(Vae vae, float[] images, int n, boolean[] known, int iterations) {
        int p = known.length;
        if ((long) n * p != images.length || p != vae.config().inputSize()) {
            throw new IllegalArgumentException("images of " + images.length + " pixels in all (" + n + " images), mask of "
                    + p + ", model reads " + vae.config().inputSize());
        }
        float[] x = new float[images.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = known[i % p] ? images[i] : 0f;
        }
        for (int round = 0; round < iterations; round++) {
            // The picture path (decodeToFloats), as every other decoding the window shows.
            float[] decoded = vae.decodeToFloats(vae.encodeMeansToFloats(ImageMatrix.fromFloats(x, n, p)), n);
            for (int i = 0; i < x.length; i++) {
                if (!known[i % p]) {
                    x[i] = decoded[i];
                }
            }
        }
        return x;
    }
}
