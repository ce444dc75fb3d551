package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** On real data: the shipped 20-D model's class-conditional samples are the digits they were drawn as. */
class SyntheticDigitsMnistTest {

    @Test
    void theShippedModelsGeneratedDigitsAgreeWithTheirLabelsFarAboveChance() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        Vae vae = ModelStore.load(Path.of("models", "mnist-latent20.zip")).toVae();
        DigitClassifier judge = DigitClassifier.load(Path.of("models", "mnist-classifier.zip"));

        ClassGaussians gaussians = SyntheticDigits.fit(vae, mnist.train().head(10_000), (stage, done, total) -> { });
        ImageSet synthetic = SyntheticDigits.generate(vae, gaussians, 50, 1, (stage, done, total) -> { });
        Agreement agreement = Agreement.of(judge, synthetic);

        assertThat(synthetic.count()).isEqualTo(500);
        assertThat(agreement.overall()).isGreaterThan(0.75); // chance is 0.10
        for (int c = 0; c < 10; c++) {
            assertThat(agreement.perClass()[c]).as("digit %d", c).isGreaterThan(0.5);
        }
    }
}
