package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.vaeexplorer.data.ImageSet;

/**
 * The held-out loss: negative ELBO and its parts in nats per image, a single-sample estimate over the
 * whole set, as the PyTorch VAE example's "Test set loss". The noise is seeded so two evaluations of the
 * same model agree.
 */
public final class Evaluation {

    public static final int CHUNK = 1000;

    private Evaluation() {
    }

    public static LossParts meanLoss(Vae vae, ImageSet set, long seed) {
        LossParts sums = LossParts.ZERO;
        Random rng = Noise.generator(seed);
        for (int from = 0; from < set.count(); from += CHUNK) {
            int to = Math.min(set.count(), from + CHUNK);
            // In scratch memory: otherwise an evaluation of the test set leaves its temporaries as native garbage.
            try (var ignored = Scratch.open("evaluate")) {
                INDArray x = ImageMatrix.range(set, from, to);
                sums = sums.plus(vae.lossSums(x, Noise.standardNormal(to - from, vae.config().latentSize(), rng)));
            }
        }
        return sums.scaled(1.0 / set.count());
    }
}
