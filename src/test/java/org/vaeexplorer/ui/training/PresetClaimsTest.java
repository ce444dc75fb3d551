package org.vaeexplorer.ui.training;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orderings the preset captions rest on, with real training on a slice of MNIST (the full 10-epoch
 * figures are in docs/presets.md): the KL and the spread of the latent cloud grow as β falls, and a
 * warm-up's first epoch has a larger KL than the standard run's.
 */
class PresetClaimsTest {

    private static final int EPOCHS = 2;
    private static Dataset slice;

    @BeforeAll
    static void mnistSlice() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        slice = new Dataset("mnist-slice", mnist.train().head(6000), mnist.test().head(1000));
    }

    private static ModelFile train(BetaPreset preset, int epochs) throws InterruptedException {
        VaeConfig config = new VaeConfig(VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE,
                java.util.List.of(VaeConfig.DEFAULT_HIDDEN), VaeConfig.DEFAULT_LATENT, VaeConfig.DEFAULT_LEARNING_RATE,
                VaeConfig.DEFAULT_BATCH, epochs, preset.beta(), preset.warmupEpochs(), 1);
        Trainer trainer = new Trainer(slice, config, null, new TrainingListener() { });
        trainer.start();
        TrainingOutcome outcome = trainer.await();
        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        return outcome.model();
    }

    /** Mean distance of the test images' latent means from the origin: how far the cloud spreads. */
    private static double radius(ModelFile m) {
        Vae vae = Vae.withParams(m.config(), m.params());
        ImageSet test = slice.test();
        int[] all = IntStream.range(0, test.count()).toArray();
        float[] mu = ImageMatrix.toFloats(vae.encodeMean(
                Nd4j.create(test.scaledImages(all), new long[] {all.length, test.pixelsPerImage()}, 'c')));
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            sum += Math.hypot(mu[2 * i], mu[2 * i + 1]);
        }
        return sum / all.length;
    }

    private static double testKl(ModelFile m, int epoch) {
        return m.history().epochs().get(epoch - 1).test().kl();
    }

    @Test
    void theKlAndTheCloudGrowAsBetaFallsAndAWarmUpStartsHigh() throws Exception {
        ModelFile standard = train(BetaPreset.STANDARD, EPOCHS);
        ModelFile strong = train(BetaPreset.COLLAPSE, EPOCHS);
        ModelFile weak = train(BetaPreset.SHARP, EPOCHS);
        ModelFile warmup = train(BetaPreset.WARMUP, 1);

        assertThat(testKl(strong, EPOCHS)).isLessThan(testKl(standard, EPOCHS)).isPositive(); // no full collapse
        assertThat(testKl(weak, EPOCHS)).isGreaterThan(testKl(standard, EPOCHS));
        assertThat(radius(strong)).isLessThan(radius(standard));
        assertThat(radius(weak)).isGreaterThan(radius(standard));
        assertThat(testKl(warmup, 1)).isGreaterThan(testKl(standard, 1));
        assertThat(strong.history().last().test().reconstruction())
                .isGreaterThan(standard.history().last().test().reconstruction()); // blurrier
    }
}
