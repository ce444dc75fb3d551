package org.vaeexplorer.ui;

import java.util.Arrays;

/**
 * Grey images ready to draw: {@code count} images of {@code rows x cols} pixel intensities in [0, 1],
 * image after image, each row-major. Immutable by convention: the array is never written once built.
 */
public record GreyImages(int count, int rows, int cols, float[] pixels) {

    public GreyImages {
        if (count < 0 || rows <= 0 || cols <= 0 || pixels.length != count * rows * cols) {
            throw new IllegalArgumentException(pixels.length + " pixels are not " + count + " images of " + rows + "x" + cols);
        }
    }

    public static GreyImages empty(int rows, int cols) {
        return new GreyImages(0, rows, cols, new float[0]);
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public float pixel(int image, int row, int col) {
        return pixels[image * rows * cols + row * cols + col];
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive). */
    public GreyImages range(int from, int to) {
        return new GreyImages(to - from, rows, cols, Arrays.copyOfRange(pixels, from * pixelsPerImage(), to * pixelsPerImage()));
    }
}
