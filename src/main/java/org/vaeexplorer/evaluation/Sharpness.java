package org.vaeexplorer.evaluation;

/**
 * How sharp images are: the variance of the Laplacian (Pech-Pacheco et al. 2000). The 4-neighbour
 * Laplacian, x[r-1][c] + x[r+1][c] + x[r][c-1] + x[r][c+1] - 4 x[r][c], is taken at every pixel with all
 * four neighbours inside the image; its variance is large for crisp strokes and small for blurry ones (0 for
 * a flat image).
 */
public final class Sharpness {

    private Sharpness() {
    }

    /** The mean over {@code n} images ({@code rows x cols} pixels each, one after another) of their sharpness. */
    public static double mean(float[] images, int n, int rows, int cols) {
        if (images.length != n * rows * cols) {
            throw new IllegalArgumentException(images.length + " values are not " + n + " images of " + rows + "x" + cols);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += of(images, i * rows * cols, rows, cols);
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The variance of the Laplacian of the image starting at {@code offset} (0 for an image under 3x3). */
    static double of(float[] pixels, int offset, int rows, int cols) {
        if (rows < 3 || cols < 3) {
            return 0;
        }
        double sum = 0;
        double sumSquares = 0;
        for (int r = 1; r < rows - 1; r++) {
            for (int c = 1; c < cols - 1; c++) {
                int p = offset + r * cols + c;
                double laplacian = (double) pixels[p - cols] + pixels[p + cols] + pixels[p - 1] + pixels[p + 1] - 4.0 * pixels[p];
                sum += laplacian;
                sumSquares += laplacian * laplacian;
            }
        }
        int count = (rows - 2) * (cols - 2);
        double mean = sum / count;
        return Math.max(0, sumSquares / count - mean * mean);
    }
}
