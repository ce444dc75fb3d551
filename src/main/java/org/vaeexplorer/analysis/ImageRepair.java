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

    private ImageRepair() {
    }

    /**
     * @param image      pixels in [0, 1], row-major
     * @param known      true where the pixel is known; those pixels come back unchanged, bit for bit
     * @param iterations rounds of encode -> decode
     * @return the repaired image
     */
    public static float[] repair(Vae vae, float[] image, boolean[] known, int iterations) {
        if (image.length != known.length || image.length != vae.config().inputSize()) {
            throw new IllegalArgumentException("image of " + image.length + " pixels, mask of " + known.length
                    + ", model reads " + vae.config().inputSize());
        }
        float[] x = new float[image.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = known[i] ? image[i] : 0f;
        }
        for (int round = 0; round < iterations; round++) {
            // The picture path (decodeToFloats), as every other decoding the window shows.
            float[] decoded = vae.decodeToFloats(vae.encodeMeansToFloats(ImageMatrix.fromFloats(x, 1, x.length)), 1);
            for (int i = 0; i < x.length; i++) {
                if (!known[i]) {
                    x[i] = decoded[i];
                }
            }
        }
        return x;
    }
}
