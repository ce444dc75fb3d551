package org.vaeexplorer.ui.fx;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.analysis.GreyImages;

/**
 * Paints grey images into ARGB pixel buffers ourselves, nearest neighbour: each source pixel becomes a
 * crisp block, whatever the scale. Nothing here relies on image smoothing being off in the pipeline.
 * {@link Grid} keeps its buffer and image between paints: a drag repaints the digit 60 times a second,
 * and allocating 100 kB each time made the garbage collector pause the window.
 */
public final class PixelPainter {

    /** Digits are drawn as MNIST stores them: white ink on black. */
    private static final int[] GREY = new int[256];

    static {
        for (int g = 0; g < 256; g++) {
            GREY[g] = 0xFF000000 | g << 16 | g << 8 | g;
        }
    }

    private PixelPainter() {
    }

    /** Opaque ARGB of intensity {@code v} in [0, 1]. */
    public static int grey(float v) {
        int g = Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
        return GREY[g];
    }

    /**
     * Paints image {@code index} into the rectangle (x0, y0, width, height) of an ARGB buffer {@code stride}
     * pixels wide, clipped to {@code clipWidth x clipHeight}: each target pixel takes the source pixel it
     * falls in. Each source row is converted to ARGB once and each target row that repeats the one above
     * is copied whole: a 168-pixel digit repainted for every drag event stays a memory copy.
     */
    public static void paintTile(int[] buffer, int stride, int clipWidth, int clipHeight, GreyImages images, int index,
                          int x0, int y0, int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        int rows = images.rows();
        int cols = images.cols();
        int base = index * rows * cols;
        float[] pixels = images.pixels();
        int xStart = Math.max(0, x0);
        int xEnd = Math.min(clipWidth, x0 + width);
        int yStart = Math.max(0, y0);
        int yEnd = Math.min(clipHeight, y0 + height);
        if (xStart >= xEnd) {
            return;
        }
        int[] sourceCol = new int[xEnd - xStart];
        for (int x = xStart; x < xEnd; x++) {
            sourceCol[x - xStart] = (int) ((long) (x - x0) * cols / width);
        }
        int[] rowArgb = new int[cols];
        int previousRow = -1;
        for (int y = yStart; y < yEnd; y++) {
            int sourceRow = (int) ((long) (y - y0) * rows / height);
            int out = y * stride + xStart;
            if (sourceRow == previousRow) {
                System.arraycopy(buffer, out - stride, buffer, out, xEnd - xStart);
                continue;
            }
            previousRow = sourceRow;
            int rowBase = base + sourceRow * cols;
            for (int c = 0; c < cols; c++) {
                rowArgb[c] = grey(pixels[rowBase + c]);
            }
            for (int i = 0; i < sourceCol.length; i++) {
                buffer[out + i] = rowArgb[sourceCol[i]];
            }
        }
    }

    /**
     * Copies an ARGB buffer into an image. Every pixel painted here is opaque or fully transparent, so the
     * buffer is also valid premultiplied ARGB, which JavaFX converts to its own format without arithmetic.
     */
    public static void write(WritableImage target, int[] buffer, int width, int height) {
        target.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), buffer, 0, width);
    }

    /** A grid of images painted into one reused image: for views that repaint the same layout often. */
    public static final class Grid {
        private int[] buffer = new int[0];
        private WritableImage image;

        /**
         * Images {@code first .. first + count - 1} in a grid of {@code columns} columns, each source pixel a
         * {@code scale x scale} block, {@code gap} transparent pixels between cells.
         */
        public WritableImage paint(GreyImages images, int first, int count, int columns, int scale, int gap) {
            int cellWidth = images.cols() * scale;
            int cellHeight = images.rows() * scale;
            int gridRows = Math.max(1, (count + columns - 1) / columns);
            int width = columns * cellWidth + (columns - 1) * gap;
            int height = gridRows * cellHeight + (gridRows - 1) * gap;
            if (buffer.length != width * height) {
                buffer = new int[width * height];
            } else if (gap > 0) {
                java.util.Arrays.fill(buffer, 0);
            }
            for (int i = 0; i < count; i++) {
                int x = (i % columns) * (cellWidth + gap);
                int y = (i / columns) * (cellHeight + gap);
                paintTile(buffer, width, width, height, images, first + i, x, y, cellWidth, cellHeight);
            }
            if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
                image = new WritableImage(width, height);
            }
            write(image, buffer, width, height);
            return image;
        }
    }
}
