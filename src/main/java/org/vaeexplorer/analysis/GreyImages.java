package org.vaeexplorer.analysis;

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

    public int pixelsPerImage() {
        return rows * cols;
    }
}
