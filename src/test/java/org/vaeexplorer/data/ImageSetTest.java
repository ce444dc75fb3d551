package org.vaeexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageSetTest {

    /** Two 2x3 images: 0, 51, 102, 153, 204, 255 and then 255 down to 0. */
    private static ImageSet twoImages() {
        byte[] pixels = {0, 51, 102, (byte) 153, (byte) 204, (byte) 255,
                         (byte) 255, (byte) 204, (byte) 153, 102, 51, 0};
        return new ImageSet(2, 2, 3, pixels, new byte[] {7, 2});
    }

    @Test
    void scalesUnsignedPixelsToUnitRange() {
        ImageSet set = twoImages();

        assertThat(set.pixelsPerImage()).isEqualTo(6);
        assertThat(set.pixel(0, 0)).isEqualTo(0f);
        assertThat(set.pixel(0, 3)).isEqualTo(153 / 255f);
        assertThat(set.pixel(0, 5)).isEqualTo(1f);
        assertThat(set.pixel(1, 0)).isEqualTo(1f);
        assertThat(set.label(0)).isEqualTo(7);
        assertThat(set.label(1)).isEqualTo(2);
    }

    @Test
    void copiesScaledImageAtOffset() {
        float[] dest = new float[8];
        twoImages().copyScaled(1, dest, 2);

        assertThat(dest).containsExactly(0f, 0f, 1f, 204 / 255f, 153 / 255f, 102 / 255f, 51 / 255f, 0f);
    }

    @Test
    void gathersScaledImagesInIndexOrder() {
        ImageSet set = twoImages();

        float[] batch = set.scaledImages(new int[] {1, 0, 1});

        assertThat(batch).hasSize(18);
        for (int i = 0; i < 6; i++) {
            assertThat(batch[i]).isEqualTo(set.pixel(1, i));
            assertThat(batch[6 + i]).isEqualTo(set.pixel(0, i));
            assertThat(batch[12 + i]).isEqualTo(set.pixel(1, i));
        }
    }

    @Test
    void headCopiesTheFirstImages() {
        ImageSet set = twoImages();

        ImageSet head = set.head(1);

        assertThat(head.count()).isEqualTo(1);
        assertThat(head.labels()).containsExactly(7);
        assertThat(head.pixels()).containsExactly(0, 51, 102, 153, 204, 255);
        head.pixels()[0] = 9;
        assertThat(set.pixels()[0]).isZero(); // a copy, not a view
    }

    @Test
    void rejectsBadIndices() {
        ImageSet set = twoImages();

        assertThatThrownBy(() -> set.pixel(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> set.pixel(0, 6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> set.copyScaled(0, new float[6], 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> set.head(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInconsistentLengths() {
        assertThatThrownBy(() -> new ImageSet(2, 2, 3, new byte[11], new byte[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 bytes");
        assertThatThrownBy(() -> new ImageSet(2, 2, 3, new byte[12], new byte[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 images but 3 labels");
    }

    @Test
    void rejectsLabelsOutsideZeroToNine() {
        assertThatThrownBy(() -> new ImageSet(2, 1, 1, new byte[2], new byte[] {3, 10}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 10 at index 1 is out of range 0..9");
        assertThatThrownBy(() -> new ImageSet(1, 1, 1, new byte[1], new byte[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 255 at index 0");
    }

    @Test
    void datasetDelegatesToTrainAndRejectsSizeMismatch() {
        ImageSet small = twoImages();
        ImageSet other = new ImageSet(1, 3, 2, new byte[6], new byte[1]);

        Dataset dataset = new Dataset("d", small, small.head(1));
        assertThat(dataset.rows()).isEqualTo(2);
        assertThat(dataset.cols()).isEqualTo(3);
        assertThat(dataset.pixelsPerImage()).isEqualTo(6);
        assertThatThrownBy(() -> new Dataset("d", small, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image size 2x3 in training set but 3x2 in test set");
    }
}
