package org.vaeexplorer.evaluation;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Finding a digit a model never saw, on real MNIST digits. */
class AnomalyDetectionTest {

    private static final int LEFT_OUT = 0;

    /**
     * A small VAE trained a few epochs on 3,000 MNIST digits without the 0s finds the test 0s: each score's
     * AUROC is above 0.8; trained with the 0s it stays below (0s are somewhat unusual anyway, with much ink).
     */
    @Test
    void aModelTrainedWithoutADigitFindsIt() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        Dataset slice = new Dataset("mnist-slice", mnist.train().head(3000), mnist.test().head(1000));
        VaeConfig config = VaeConfig.defaults().withHiddenSizes(List.of(64)).withLatentSize(8)
                .withTraining(3e-3, 50, 4).withExcludedDigit(LEFT_OUT);
        Trainer trainer = new Trainer(slice, config, null, new TrainingListener() { });
        trainer.start();
        ModelFile trained = trainer.await().model();
        assertThat(trained.config().excludedDigit()).isEqualTo(LEFT_OUT);

        AnomalyDetection.Result result = AnomalyDetection.measure(trained.toVae(), slice.test(), LEFT_OUT, 10, 1,
                Progress.NONE);

        assertThat(result.anomalies()).isEqualTo(slice.test().countOf(LEFT_OUT));
        assertThat(result.images()).isEqualTo(1000);
        for (AnomalyDetection.Score score : AnomalyDetection.Score.values()) {
            assertThat(result.roc(score).area()).as(score.label()).isGreaterThan(0.8);
        }
    }

    /** The three scores come from the same draws: they are the bounds ImportanceWeighted computes, negated. */
    @Test
    void theScoresAreTheNegatedBoundsOfTheSameDraws() throws Exception {
        Dataset data = TrainedTinyVae.data();
        Vae vae = TrainedTinyVae.vae();
        ImageSet test = data.test();
        int digit = test.label(0);

        ImportanceWeighted.Bounds bounds = ImportanceWeighted.overSet(vae, test, 5, 4, Progress.NONE);
        AnomalyDetection.Result result = AnomalyDetection.measure(vae, test, digit, 5, 4, Progress.NONE);

        boolean[] anomalous = new boolean[test.count()];
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = test.label(i) == digit;
        }
        assertThat(result.roc(AnomalyDetection.Score.IMPORTANCE_WEIGHTED).area())
                .isEqualTo(Roc.of(negate(bounds.importanceWeighted()), anomalous).area());
        assertThat(result.roc(AnomalyDetection.Score.NEG_ELBO).area())
                .isEqualTo(Roc.of(negate(bounds.elbo()), anomalous).area());
        // The ELBO is below the importance-weighted bound, and the reconstruction term above the ELBO (KL >= 0).
        for (int i = 0; i < test.count(); i++) {
            assertThat(bounds.elbo()[i]).isLessThanOrEqualTo(bounds.reconstruction()[i]);
        }
        double meanElbo = java.util.Arrays.stream(bounds.elbo()).average().orElseThrow();
        double meanIwae = java.util.Arrays.stream(bounds.importanceWeighted()).average().orElseThrow();
        assertThat(meanIwae).isGreaterThan(meanElbo);
        // The mean of the per-image bounds is meanLogLikelihood's figure.
        assertThat(ImportanceWeighted.meanLogLikelihood(vae, test, 5, 4, Progress.NONE)).isCloseTo(meanIwae, within(1e-9));
        // The reconstruction term is the mean of log p(x|z) over the draws, as Vae.logLikelihood gives it.
        var x = ImageMatrix.range(test, 0, 1);
        var eps = Noise.standardNormal(5, TrainedTinyVae.LATENT, Noise.generator(4));
        var epsCopy = eps.dup();
        double direct = 0;
        var q = vae.encode(x);
        var z = Vae.reparameterize(new org.vaeexplorer.model.Posterior(q.mean().repeat(0, 5), q.logVariance().repeat(0, 5)), epsCopy);
        for (float v : ImageMatrix.toFloats(vae.logLikelihood(x.repeat(0, 5), z))) {
            direct += v / 5;
        }
        assertThat(ImportanceWeighted.perImageBounds(vae, x, eps, 5).reconstruction()[0]).isCloseTo(direct, within(1e-3));
    }

    @Test
    void aTestSetWithoutTheDigitIsRefused() throws Exception {
        Vae vae = TrainedTinyVae.vae();
        ImageSet test = TrainedTinyVae.data().test();
        ImageSet withoutThrees = test.without(3);

        assertThatThrownBy(() -> AnomalyDetection.measure(vae, withoutThrees, 3, 2, 1, Progress.NONE))
                .hasMessageContaining("no images of class 3");
    }

    private static double[] negate(double[] a) {
        return java.util.Arrays.stream(a).map(v -> -v).toArray();
    }

    @Test
    void aTestSetOfTheDigitAloneIsRefusedInChinese() throws Exception {
        Vae vae = TrainedTinyVae.vae();
        ImageSet test = TrainedTinyVae.data().test();
        byte[] threes = new byte[test.count()];
        java.util.Arrays.fill(threes, (byte) 3);
        ImageSet onlyThrees = new ImageSet(test.count(), test.rows(), test.cols(), test.pixels(), threes);

        assertThatThrownBy(() -> AnomalyDetection.measure(vae, onlyThrees, 3, 2, 1, Progress.NONE))
                .hasMessage("the test set holds only images of class 3, so there is nothing to tell apart")
                .satisfies(e -> assertThat(((org.vaeexplorer.fault.Explained) e).fault().in(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("测试集中只有类别 3 的图像，因此无从区分"));
    }
}
