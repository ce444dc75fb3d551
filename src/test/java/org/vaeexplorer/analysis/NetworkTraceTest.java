package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.testing.TestModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkTraceTest {

    private static final VaeConfig CONFIG = TestModels.tinyConfig(3, 1).withBeta(0.5, 0);

    private static float[] image() {
        return SyntheticImages.images(1, CONFIG.imageRows(), CONFIG.imageCols(), 5).scaledImages(new int[] {0});
    }

    @Test
    void zIsMuPlusSigmaTimesEpsAndTheLossIsTheModelsOwnForThatNoise() {
        Vae vae = Vae.create(CONFIG);
        float[] eps = {1.5f, -0.5f, 0.25f};
        NetworkTrace t = NetworkTrace.of(vae, image(), eps, true);

        for (int j = 0; j < 3; j++) {
            assertThat(t.z()[j]).isCloseTo(t.mean()[j] + t.standardDeviation()[j] * eps[j], within(1e-6f));
        }
        INDArray x = ImageMatrix.fromFloats(image(), 1, image().length);
        LossParts sums = vae.lossSums(x, ImageMatrix.fromFloats(eps, 1, 3));
        assertThat(t.reconstruction()).isCloseTo(sums.reconstruction(), within(1e-3));
        assertThat(t.kl()).isCloseTo(sums.kl(), within(1e-4));
        assertThat(t.loss()).isCloseTo(t.reconstruction() + 0.5 * t.kl(), within(1e-9));
        float[] decoded = ImageMatrix.toFloats(vae.decode(ImageMatrix.fromFloats(t.z(), 1, 3)));
        assertThat(t.output()).containsExactly(decoded);
    }

    @Test
    void theMeanIgnoresTheNoise() {
        Vae vae = Vae.create(CONFIG);
        NetworkTrace a = NetworkTrace.of(vae, image(), new float[] {2, 2, 2}, false);
        NetworkTrace b = NetworkTrace.of(vae, image(), new float[] {-1, 0, 1}, false);

        assertThat(a.z()).containsExactly(a.mean());
        assertThat(a.output()).containsExactly(b.output());
        assertThat(a.reconstruction()).isEqualTo(b.reconstruction());
    }

    @Test
    void namesTheLayersAsConfigured() {
        VaeConfig c = new VaeConfig(28, 28, java.util.List.of(512, 256), 2, 1e-3, 128, 1, 1, 0, 1);
        assertThat(NetworkTrace.encoderLayers(c)).extracting(Object::toString).containsExactly("784 pixels", "512", "256");
        assertThat(NetworkTrace.decoderLayers(c)).extracting(Object::toString).containsExactly("256", "512", "784 pixels");
    }
}
