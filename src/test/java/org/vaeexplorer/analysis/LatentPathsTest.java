package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatentPathsTest {

    private static final VaeConfig C = new VaeConfig(4, 4, List.of(8), 3, 1e-3, 8, 1, 1.0, 0, 5);

    @Test
    void interpolationEndsDecodeToTheEndpointsReconstructions() {
        Vae vae = Vae.create(C);
        ImageSet images = SyntheticImages.images(2, 4, 4, 3);
        INDArray x = ImageMatrix.range(images, 0, 2);
        float[] a = LatentPaths.encodeMean(vae, images.scaledImages(new int[] {0}));
        float[] b = LatentPaths.encodeMean(vae, images.scaledImages(new int[] {1}));

        float[] strip = LatentPaths.decodeAll(vae, LatentPaths.line(a, b, 10));

        float[] reconstructions = ImageMatrix.toFloats(vae.reconstruct(x));
        int p = C.inputSize();
        assertThat(strip).hasSize(10 * p);
        assertThat(Arrays.copyOfRange(strip, 0, p)).containsExactly(Arrays.copyOfRange(reconstructions, 0, p), within(1e-6f));
        assertThat(Arrays.copyOfRange(strip, 9 * p, 10 * p)).containsExactly(Arrays.copyOfRange(reconstructions, p, 2 * p), within(1e-6f));
        assertThat(Arrays.copyOfRange(strip, 0, p)).isNotEqualTo(Arrays.copyOfRange(strip, 9 * p, 10 * p));
    }

    @Test
    void linePointsAreEvenlySpaced() {
        float[] line = LatentPaths.line(new float[] {0, 10}, new float[] {4, 2}, 5);
        assertThat(line).containsExactly(0, 10, 1, 8, 2, 6, 3, 4, 4, 2);
        assertThat(LatentPaths.along(new float[] {0, 10}, new float[] {4, 2}, 0.25)).containsExactly(1, 8);
    }

    @Test
    void traversalHasOneRowPerDimensionAndItsMiddleColumnSetsTheDimensionToZero() {
        Vae vae = Vae.create(C);
        float[] z = {0.7f, -1.2f, 2.1f};
        float[] values = LatentPaths.TRAVERSAL_VALUES;

        float[] latents = LatentPaths.traversal(z, values);
        float[] grid = LatentPaths.decodeAll(vae, latents);

        int p = C.inputSize();
        int columns = values.length;
        assertThat(latents).hasSize(3 * columns * 3);
        assertThat(grid).hasSize(3 * columns * p);
        int middle = columns / 2;
        assertThat(values[middle]).isZero();
        for (int dim = 0; dim < 3; dim++) {
            float[] expectedZ = z.clone();
            expectedZ[dim] = 0f;
            float[] expected = LatentPaths.decodeAll(vae, expectedZ);
            int cell = dim * columns + middle;
            assertThat(Arrays.copyOfRange(grid, cell * p, (cell + 1) * p)).containsExactly(expected, within(1e-6f));
            // the other coordinates are the point's own
            for (int j = 0; j < 3; j++) {
                assertThat(latents[cell * 3 + j]).isEqualTo(j == dim ? 0f : z[j]);
            }
        }
    }
}
