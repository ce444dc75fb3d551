package org.vaeexplorer.train;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;

/**
 * Turns a minibatch of image indices into an ND4J matrix, reusing one native array per batch size.
 * Nd4j.create(float[]) allocates and copies element by element, a measurable part of a step; here
 * the pixels are scaled into a reused Java array and copied to native memory in one memcpy.
 */
final class BatchBuffer {

    private final ImageSet images;
    private float[] staging = new float[0];
    private INDArray full;
    private INDArray last;

    BatchBuffer(ImageSet images) {
        this.images = images;
    }

    /** The images at {@code indices}, one per row. Valid until the next call. */
    INDArray load(int[] indices) {
        int width = images.pixelsPerImage();
        int n = indices.length * width;
        if (staging.length < n) {
            staging = new float[n];
        }
        for (int i = 0; i < indices.length; i++) {
            images.copyScaled(indices[i], staging, i * width);
        }
        INDArray target = arrayFor(indices.length, width);
        new FloatPointer(target.data().addressPointer()).put(staging, 0, n);
        return target;
    }

    private INDArray arrayFor(int rows, int width) {
        if (full == null || full.rows() == rows) {
            if (full == null) {
                full = Nd4j.create(DataType.FLOAT, new long[] {rows, width}, 'c');
            }
            return full;
        }
        if (last == null || last.rows() != rows) {
            last = Nd4j.create(DataType.FLOAT, new long[] {rows, width}, 'c');
        }
        return last;
    }
}
