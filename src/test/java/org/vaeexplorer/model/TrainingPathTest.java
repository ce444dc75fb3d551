package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean training path ({@link TrainingStep}: our gradient, our Adam, the step's workspace) against
 * DL4J's own ({@code pretrainLayer}: its gradient, its AdamUpdater), step after step from the same weights on
 * the same minibatches and the same noise. Both must stay on the same trajectory, not only agree on one
 * gradient: a slip in Adam's step count, in a moment that is not carried over, or in a workspace array
 * reused too early would show within a few steps.
 *
 * <p>Training is chaotic: float rounding that differs between the two (summation order in BLAS) grows
 * once a ReLU unit flips, after 20-30 steps of the default model. The step counts stay before that.
 */
class TrainingPathTest {

    /** Seeds the generator both paths draw their noise from, differently at every step. */
    private static final long NOISE_SEED = 1000;

    @Test
    void tinyNetworkOnSyntheticImagesFollowsDl4jsPathFor40Steps() {
        VaeConfig config = new VaeConfig(5, 6, List.of(7, 5), 3, 1e-2, 8, 1, 1.0, 0, 42);
        ImageSet images = SyntheticImages.images(64, 5, 6, 3);
        assertSamePath(config, images, 40, 1e-4);
    }

    @Test
    void defaultModelOnRealDigitsFollowsDl4jsPathFor12Steps() throws Exception {
        ImageSet digits = DatasetLoader.loadBundledMnist().train().head(1024);
        assertSamePath(VaeConfig.defaults(), digits, 12, 1e-5);
    }

    /**
     * Trains two copies of one network, one on each path, and checks after every step that their parameters
     * differ by less than {@code tolerance} of the parameters' norm while they moved by far more.
     */
    private static void assertSamePath(VaeConfig config, ImageSet images, int steps, double tolerance) {
        MlpVae dl4j = MlpVae.create(config);
        MlpVae ours = MlpVae.create(config);
        INDArray start = ours.params().dup();
        // Our step draws its noise from the generator it is given; DL4J's layer from the global one.
        TrainingStep step = new TrainingStep(ours, null, Nd4j.getRandom());
        ShuffledBatches batches = new ShuffledBatches(images.count(), config.batchSize(), config.seed());
        int[] order = batches.epochOrder(0);
        double worst = 0;
        for (int s = 0; s < steps; s++) {
            INDArray x = ImageMatrix.of(images, batches.batch(order, s % batches.batchesPerEpoch()));
            Nd4j.getRandom().setSeed(NOISE_SEED + s);
            dl4j.network().pretrainLayer(0, x);
            Nd4j.getRandom().setSeed(NOISE_SEED + s);
            step.run(x, config.beta(), s, 0);
            double norm = ours.params().norm2Number().doubleValue();
            worst = Math.max(worst, ours.params().sub(dl4j.params()).norm2Number().doubleValue() / norm);
        }
        assertThat(worst).as("largest relative difference over %d steps", steps).isLessThan(tolerance);
        double moved = ours.params().sub(start).norm2Number().doubleValue() / start.norm2Number().doubleValue();
        assertThat(moved).as("how far training moved the parameters").isGreaterThan(100 * tolerance);
    }
}
