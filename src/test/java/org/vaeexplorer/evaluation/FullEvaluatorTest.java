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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** Classifying 10,000 samples takes a while: the bar moves with every chunk, to the whole count. */
    @Test
    void classifyingReportsEachChunkUpToTheWholeCount() {
        List<String> seen = new ArrayList<>();
        DigitClassifier untrained = DigitClassifier.create(data.test().rows(), data.test().cols(), 1);
        FullEvaluator.evaluate(trained, data.test(), untrained, new FullEvaluation.Settings(2, 1200, 1),
                (stage, done, total) -> {
                    if (stage.startsWith("classifying")) {
                        seen.add(stage + " " + done + "/" + total);
                    }
                });
        int n = data.test().count();
        assertThat(seen).startsWith("classifying samples 0/1200", "classifying samples 500/1200",
                "classifying samples 1000/1200", "classifying samples 1200/1200", "classifying test images 0/" + n);
        assertThat(seen).last().isEqualTo("classifying test images " + n + "/" + n);
    }

    private static FullEvaluator.Posteriors encode(Vae vae) {
        return FullEvaluator.encode(vae, data.test(), QUIET);
    }
}
