package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Copying matrices out: the one-memcpy path and the layouts that need a copy first give the same rows. */
class ImageMatrixTest {

    private static float[] elementByElement(INDArray m) {
        float[] out = new float[(int) m.length()];
        int k = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                out[k++] = m.getFloat(r, c);
            }
        }
        return out;
    }

    @Test
    void everyLayoutComesOutRowAfterRow() {
        INDArray base = Nd4j.linspace(DataType.FLOAT, 1, 60, 1).reshape('c', 6, 10);
        List<INDArray> layouts = List.of(
                base,                                                        // row-major: read directly
                base.dup('f'),                                               // column-major
                base.transpose(),                                            // a transposed view
                base.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all()),   // rows 2-4: a view at an offset
                base.get(NDArrayIndex.all(), NDArrayIndex.interval(3, 7)),   // columns 3-6: rows not contiguous
                base.getRow(4).reshape(1, 10),                               // one row
                base.getColumn(7).reshape(6, 1),                             // one column, strided
                base.castTo(DataType.DOUBLE));                               // another type
        for (INDArray m : layouts) {
            assertThat(ImageMatrix.toFloats(m)).as(m.shapeInfoToString()).containsExactly(elementByElement(m));
        }
    }

    @Test
    void fromFloatsFillsRowAfterRowAndChecksTheShape() {
        float[] values = new float[3 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5f - 3;
        }
        INDArray m = ImageMatrix.fromFloats(values, 3, 5);
        assertThat(m.shape()).containsExactly(3, 5);
        assertThat(m.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(elementByElement(m)).containsExactly(values);
        values[0] = 99; // a copy, not a view of the Java array
        assertThat(m.getFloat(0, 0)).isEqualTo(-3f);
        assertThat(ImageMatrix.fromFloats(new float[0], 0, 4).length()).isZero();
        assertThatThrownBy(() -> ImageMatrix.fromFloats(new float[7], 2, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 values do not fill 2 x 4");
    }

    @Test
    void copyIntoWritesRowAfterRowWhateverTheTargetsLayout() {
        float[] values = new float[4 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        INDArray base = Nd4j.zeros(DataType.FLOAT, 6, 3);
        List<INDArray> targets = List.of(
                Nd4j.zeros(DataType.FLOAT, 4, 3),                               // a row-major block: one memcpy
                base.get(NDArrayIndex.interval(2, 6), NDArrayIndex.all()),      // rows 2-5: a block at an offset
                Nd4j.create(DataType.FLOAT, new long[] {4, 3}, 'f'),           // column-major
                Nd4j.zeros(DataType.FLOAT, 3, 4).transpose());                  // a transposed view
        for (INDArray target : targets) {
            ImageMatrix.copyInto(values, target);
            assertThat(elementByElement(target)).as(target.shapeInfoToString()).containsExactly(values);
        }
        assertThat(base.getRow(1).sumNumber().doubleValue()).as("the row before the view").isZero();
        assertThatThrownBy(() -> ImageMatrix.copyInto(new float[5], Nd4j.zeros(DataType.FLOAT, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 values for 6 elements");
    }
}
