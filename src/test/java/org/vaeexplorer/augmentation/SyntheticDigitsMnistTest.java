package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** A count the user asked for is checked before any network is touched. */
    @Test
    void noImagesPerClassIsRefusedInChinese() {
        assertThatThrownBy(() -> SyntheticDigits.generate(null, null, 0, 1, (stage, done, total) -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("images per class must be at least 1, got 0")
                .satisfies(e -> assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("每个类别的图像数至少为 1，而给出的是 0"));
    }
}
