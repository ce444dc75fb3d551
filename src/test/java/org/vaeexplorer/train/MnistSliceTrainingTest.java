package org.vaeexplorer.train;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.VaeConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A few hundred real MNIST digits: the test loss must fall, and its parts must add up. */
class MnistSliceTrainingTest {

    @Test
    void testLossFallsOnRealDigits() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        Dataset slice = new Dataset("mnist-slice", mnist.train().head(600), mnist.test().head(200));
        VaeConfig config = VaeConfig.defaults().withHiddenSizes(List.of(64)).withTraining(3e-3, 50, 5);
        Trainer trainer = new Trainer(slice, config, null, new TrainingListener() { });
        trainer.start();
        TrainingOutcome outcome = trainer.await();

        List<EpochRecord> epochs = outcome.model().history().epochs();
        assertThat(epochs).hasSize(5);
        assertThat(epochs.get(4).test().negElbo()).isLessThan(epochs.get(0).test().negElbo() - 20);
        // An untrained decoder is near log 2 per pixel (543 nats); a trained one is far below.
        assertThat(epochs.get(4).test().negElbo()).isLessThan(400);
        for (EpochRecord e : epochs) {
            assertThat(e.test().kl()).isPositive();
            assertThat(e.test().reconstruction()).isPositive();
        }
    }
}
