package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java im2col gives libnd4j's patches, in the layout the convolutions' products read. */
class ImagePatchesTest {

    @Test
    void unfoldsAsLibnd4jDoesWithStridesAndPadding() {
        int[][] cases = { // batch, channels, rows, cols, kH, kW, sH, sW, pH, pW
            {3, 1, 28, 28, 4, 4, 2, 2, 1, 1},
            {2, 2, 7, 9, 3, 2, 1, 2, 0, 1},
            {1, 1, 5, 5, 5, 5, 1, 1, 2, 2},
        };
        for (int[] c : cases) {
            int batch = c[0], channels = c[1], rows = c[2], cols = c[3];
            int outRows = (rows + 2 * c[8] - c[4]) / c[6] + 1;
            int outCols = (cols + 2 * c[9] - c[5]) / c[7] + 1;
            INDArray images = Nd4j.rand(DataType.FLOAT, batch, channels, rows, cols).subi(0.5);
            INDArray expected = Nd4j.create(DataType.FLOAT, channels, c[4], c[5], batch, outRows, outCols);
            Convolution.im2col(images, c[4], c[5], c[6], c[7], c[8], c[9], 1, 1, false, expected.permute(3, 0, 1, 2, 4, 5));

            float[] patches = new float[(int) expected.length()];
            ImagePatches.unfold(ImageMatrix.toFloats(images), batch, channels, rows, cols, new int[] {c[4], c[5]},
                    new int[] {c[6], c[7]}, new int[] {c[8], c[9]}, outRows, outCols, patches);

            assertThat(patches).as(java.util.Arrays.toString(c)).containsExactly(ImageMatrix.toFloats(expected));
        }
    }
}
