package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.Vae;

/** The importance-weighted bound on a tiny VAE trained on synthetic digits. */
class ImportanceWeightedTest {

    private static Dataset data;
    private static Vae vae;

    @BeforeAll
    static void train() throws InterruptedException {
        data = TrainedTinyVae.data();
        vae = TrainedTinyVae.vae();
    }

    /**
     * With k = 1 the bound is log p(x|z) + log p(z) - log q(z|x) at the one draw: the single-sample ELBO with the
     * KL estimated from that draw. Its reconstruction part must be the one Vae.lossSums computes with the same noise.
     */
    @Test
    void withOneDrawItIsTheSingleSampleElboOfThatDraw() {
        INDArray x = ImageMatrix.range(data.test(), 0, 50);
        INDArray eps = Noise.standardNormal(50, 2, Noise.generator(9));

        double[] bounds = ImportanceWeighted.perImage(vae, x, eps, 1);

        double reconstruction = vae.lossSums(x, eps.dup()).reconstruction();
        double klFromTheDraw = 0;
        Posterior q = vae.encode(x);
        for (int i = 0; i < 50; i++) {
            for (int a = 0; a < 2; a++) {
                double mu = q.mean().getDouble(i, a);
                double logVar = q.logVariance().getDouble(i, a);
                double e = eps.getDouble(i, a);
                double z = mu + Math.exp(logVar / 2) * e;
                // log q(z|x) - log p(z) of one coordinate; the log(2 pi) halves cancel.
                klFromTheDraw += -0.5 * logVar - 0.5 * e * e + 0.5 * z * z;
            }
        }
        double sum = 0;
        for (double b : bounds) {
            sum += b;
        }
        assertThat(sum).isCloseTo(-(reconstruction + klFromTheDraw), within(1e-4 * Math.abs(sum)));
    }

    @Test
    void averagedOverDrawsTheOneDrawBoundIsTheElbo() {
        double oneDraw = ImportanceWeighted.meanLogLikelihood(vae, data.test(), 1, 11, Progress.NONE);
        double elbo = -Evaluation.meanLoss(vae, data.test(), 11).negElbo();

        // The same seed gives both the same draws, so only the KL differs: estimated from one draw per image, or
        // exact. Over the test images the estimate's error is a small fraction of a nat.
        assertThat(oneDraw).isCloseTo(elbo, within(0.5));
    }

    @Test
    void moreDrawsGiveABoundAboveTheElbo() {
        double elbo = -Evaluation.meanLoss(vae, data.test(), 3).negElbo();
        double k10 = ImportanceWeighted.meanLogLikelihood(vae, data.test(), 10, 3, Progress.NONE);
        double k100 = ImportanceWeighted.meanLogLikelihood(vae, data.test(), 100, 3, Progress.NONE);

        assertThat(k10).isGreaterThan(elbo);
        assertThat(k100).isGreaterThan(k10);
    }

    @Test
    void logMeanExpDoesNotOverflow() {
        assertThat(ImportanceWeighted.logMeanExp(new double[] {1000, 1000})).isCloseTo(1000, within(1e-9));
        assertThat(ImportanceWeighted.logMeanExp(new double[] {-2000, Math.log(2) - 2000}))
                .isCloseTo(Math.log(1.5) - 2000, within(1e-9));
    }
}
