package org.vaeexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;

/** Images as ND4J matrices: one image per row, pixels scaled to [0,1]. */
public final class ImageMatrix {

    private ImageMatrix() {
    }

    public static INDArray of(ImageSet set, int[] indices) {
        return Nd4j.create(set.scaledImages(indices), new long[] {indices.length, set.pixelsPerImage()}, 'c');
    }

    public static INDArray range(ImageSet set, int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return of(set, indices);
    }

    /** Copies an ND4J matrix out as one float array, row-major (fast: no per-element JNI calls). */
    public static float[] toFloats(INDArray matrix) {
        return matrix.dup('c').data().asFloat();
    }
}
