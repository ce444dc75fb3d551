package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.TestModels;

import java.util.Arrays;

/** Latent coverage of whole VAEs: one whose encoder ignores the image, and a tiny trained one. */
class FullEvaluatorTest {

    private static final FullEvaluation.Listener QUIET = (stage, done, total) -> { };
    private static Dataset data;
    private static Vae trained;

    @BeforeAll
    static void train() throws InterruptedException {
        data = TrainedTinyVae.data();
        trained = TrainedTinyVae.vae();
    }

    /** All weights 0: every image gets the same posterior, so no dimension carries anything about it. */
    @Test
    void aVaeWhoseEncoderIgnoresTheImageHasNoActiveUnits() {
        VaeConfig config = TestModels.tinyConfig(4, 1);
        Vae blind = Vae.withParams(config, new float[Math.toIntExact(Vae.create(config).parameterCount())]);

        FullEvaluator.Posteriors q = FullEvaluator.encode(blind, data.test(), QUIET);

        assertThat(LatentCoverage.activeUnits(q.means(), data.test().count(), 4)).isZero();
        assertThat(LatentCoverage.activeUnits(encode(trained).means(), data.test().count(), 2)).isPositive();
    }

    @Test
    void klPerDimensionAddsUpToTheElbosKl() {
        FullEvaluator.Posteriors q = encode(trained);

        double[] kl = LatentCoverage.klPerDimension(q.means(), q.logVariances(), data.test().count(), 2);

        assertThat(Arrays.stream(kl).sum()).isCloseTo(Evaluation.meanLoss(trained, data.test(), 1).kl(), within(1e-3));
    }

    private static FullEvaluator.Posteriors encode(Vae vae) {
        return FullEvaluator.encode(vae, data.test(), QUIET);
    }
}
