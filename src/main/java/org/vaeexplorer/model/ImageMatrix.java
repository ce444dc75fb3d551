package org.vaeexplorer.model;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;

/** Images as ND4J matrices: one image per row, pixels scaled to [0,1]. */
public final class ImageMatrix {

    private ImageMatrix() {
    }

    public static INDArray of(ImageSet set, int[] indices) {
        return fromFloats(set.scaledImages(indices), indices.length, set.pixelsPerImage());
    }

    /**
     * A new row-major float matrix (in the current workspace, if any) holding {@code values}, filled with one
     * memcpy. {@code Nd4j.create(float[])} copies element by element through an indexer: before the JIT has
     * compiled that loop it was the longest step of opening the shipped model at launch (docs/performance.md).
     */
    public static INDArray fromFloats(float[] values, long rows, long columns) {
        if (values.length != rows * columns) {
            throw new IllegalArgumentException(values.length + " values do not fill " + rows + " x " + columns);
        }
        if (values.length == 0) {
            return Nd4j.create(DataType.FLOAT, new long[] {rows, columns}, 'c');
        }
        INDArray matrix = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, columns}, 'c');
        copyInto(values, matrix);
        return matrix;
    }

    /**
     * Writes {@code values}, row after row, into {@code target} (same length): one memcpy when the target
     * is a row-major float block (a network's parameters, a new matrix), an ND4J copy otherwise.
     */
    public static void copyInto(float[] values, INDArray target) {
        if (values.length != target.length()) {
            throw new IllegalArgumentException(values.length + " values for " + target.length() + " elements");
        }
        if (values.length == 0) {
            return;
        }
        if (isRowMajorFloatBlock(target)) {
            // A view's buffer starts at the view's first element: its address already includes the offset.
            new FloatPointer(target.data().addressPointer()).put(values, 0, values.length);
        } else {
            target.assign(fromFloats(values, 1, values.length).reshape(target.shape()));
        }
    }

    /** True when the elements lie row after row in one block from the buffer's address: a memcpy moves them. */
    private static boolean isRowMajorFloatBlock(INDArray matrix) {
        return matrix.dataType() == DataType.FLOAT && matrix.ordering() == 'c' && Shape.hasDefaultStridesForShape(matrix);
    }

    public static INDArray range(ImageSet set, int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return of(set, indices);
    }

    /**
     * Copies an ND4J matrix out as one float array, row-major. A float matrix already laid out that way is
     * read with one memcpy (a native copy first and then {@code asFloat} took several times as long);
     * anything else is made so first.
     */
    public static float[] toFloats(INDArray matrix) {
        INDArray rowMajor = isRowMajorFloatBlock(matrix) ? matrix : matrix.castTo(DataType.FLOAT).dup('c');
        float[] out = new float[Math.toIntExact(rowMajor.length())];
        new FloatPointer(rowMajor.data().addressPointer()).get(out); // the address includes a view's offset
        return out;
    }
}
