package org.vaeexplorer.analysis;

/**
 * Frames a drawing the way MNIST's digits were framed (LeCun et al., the MNIST page): the ink's bounding
 * box scaled, aspect kept, to fit a 20x20 box, then placed in the 28x28 image so that its centre of mass
 * lies at the image's centre. A mouse drawing is neither centred nor of MNIST's size; the encoder has
 * only seen framed digits, and reads an unframed one as something else (a 7 drawn top left read as a 2).
 * Other image sizes keep the same proportions (the box is 20/28 of the smaller side).
 */
public final class DigitFraming {

    /** MNIST's box for the ink (20) within its image (28). */
    static final double BOX_FRACTION = 20.0 / 28.0;
    /** Sub-samples per pixel side when resampling, so a shrunk stroke keeps its grey rim instead of aliasing. */
    private static final int SUPERSAMPLE = 4;

    private DigitFraming() {
    }

    /** The framed image, same size; an image without ink comes back unchanged. */
    public static float[] frame(float[] pixels, int rows, int cols) {
        int top = rows;
        int bottom = -1;
        int left = cols;
        int right = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (pixels[r * cols + c] > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        if (bottom < 0) {
            return pixels.clone();
        }
        int height = bottom - top + 1;
        int width = right - left + 1;
        double scale = BOX_FRACTION * Math.min(rows, cols) / Math.max(height, width);
        // The scaled ink, drawn into a canvas of the image's size at the origin: target pixel (r, c) samples
        // the source at top + (r + 0.5) / scale, left + (c + 0.5) / scale.
        float[] scaled = new float[rows * cols];
        int scaledRows = Math.min(rows, (int) Math.ceil(height * scale));
        int scaledCols = Math.min(cols, (int) Math.ceil(width * scale));
        for (int r = 0; r < scaledRows; r++) {
            for (int c = 0; c < scaledCols; c++) {
                double sum = 0;
                for (int i = 0; i < SUPERSAMPLE; i++) {
                    for (int j = 0; j < SUPERSAMPLE; j++) {
                        double y = top + (r + (i + 0.5) / SUPERSAMPLE) / scale - 0.5;
                        double x = left + (c + (j + 0.5) / SUPERSAMPLE) / scale - 0.5;
                        sum += bilinear(pixels, rows, cols, y, x);
                    }
                }
                scaled[r * cols + c] = (float) Math.min(1, sum / (SUPERSAMPLE * SUPERSAMPLE));
            }
        }
        // Move it so its centre of mass lands on the image's centre (whole pixels, as MNIST did).
        double mass = 0;
        double rowMoment = 0;
        double colMoment = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double p = scaled[r * cols + c];
                mass += p;
                rowMoment += p * (r + 0.5);
                colMoment += p * (c + 0.5);
            }
        }
        int dy = (int) Math.round(rows / 2.0 - rowMoment / mass);
        int dx = (int) Math.round(cols / 2.0 - colMoment / mass);
        float[] framed = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int sr = r - dy;
                int sc = c - dx;
                if (sr >= 0 && sr < rows && sc >= 0 && sc < cols) {
                    framed[r * cols + c] = scaled[sr * cols + sc];
                }
            }
        }
        return framed;
    }

    /** The image at a point between pixel centres (pixel (r, c) is centred on (r, c)); 0 outside. */
    private static double bilinear(float[] pixels, int rows, int cols, double y, double x) {
        int r0 = (int) Math.floor(y);
        int c0 = (int) Math.floor(x);
        double fy = y - r0;
        double fx = x - c0;
        return (1 - fy) * ((1 - fx) * at(pixels, rows, cols, r0, c0) + fx * at(pixels, rows, cols, r0, c0 + 1))
                + fy * ((1 - fx) * at(pixels, rows, cols, r0 + 1, c0) + fx * at(pixels, rows, cols, r0 + 1, c0 + 1));
    }

    private static double at(float[] pixels, int rows, int cols, int r, int c) {
        return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : pixels[r * cols + c];
    }
}
