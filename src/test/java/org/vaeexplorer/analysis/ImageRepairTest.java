package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageRepairTest {

    private static final VaeConfig C = new VaeConfig(6, 6, List.of(8), 2, 1e-3, 8, 1, 1.0, 0, 5);

    @Test
    void knownPixelsStayExactlyAndHiddenOnesAreFilledFromTheDecoder() {
        Vae vae = Vae.create(C);
        ImageSet images = SyntheticImages.images(1, 6, 6, 4);
        float[] image = images.scaledImages(new int[] {0});
        boolean[] known = ImageMask.LOWER_HALF.known(6, 6);

        float[] repaired = ImageRepair.repair(vae, image, known, 20);

        int filled = 0;
        for (int i = 0; i < image.length; i++) {
            if (known[i]) {
                assertThat(repaired[i]).isEqualTo(image[i]);
            } else {
                assertThat(repaired[i]).isBetween(0f, 1f);
                filled += repaired[i] > 0 ? 1 : 0;
            }
        }
        assertThat(filled).isEqualTo(18); // sigmoid means are never exactly 0: every hidden pixel was written
    }

    @Test
    void aFixedPointOfEncodeDecodeOnTheHiddenPixels() {
        Vae vae = Vae.create(C);
        float[] image = SyntheticImages.images(1, 6, 6, 4).scaledImages(new int[] {0});
        boolean[] known = ImageMask.RIGHT_HALF.known(6, 6);

        float[] once = ImageRepair.repair(vae, image, known, 1);
        float[] more = ImageRepair.repair(vae, image, known, 40);
        float[] decoded = LatentPaths.decodeAll(vae, LatentPaths.encodeMean(vae, more));

        for (int i = 0; i < image.length; i++) {
            if (!known[i]) {
                assertThat(once[i]).isEqualTo(LatentPaths.decodeAll(vae, LatentPaths.encodeMean(vae, masked(image, known)))[i]);
                assertThat(Math.abs(more[i] - decoded[i])).isLessThan(1e-3f); // converged
            }
        }
    }

    @Test
    void masksHideTheNamedHalf() {
        boolean[] lower = ImageMask.LOWER_HALF.known(4, 2);
        assertThat(lower).containsExactly(true, true, true, true, false, false, false, false);
        boolean[] left = ImageMask.LEFT_HALF.known(2, 4);
        assertThat(left).containsExactly(false, false, true, true, false, false, true, true);
    }

    private static float[] masked(float[] image, boolean[] known) {
        float[] x = image.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] = known[i] ? x[i] : 0f;
        }
        return x;
    }
}
