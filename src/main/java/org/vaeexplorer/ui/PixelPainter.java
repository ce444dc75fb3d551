package org.vaeexplorer.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints grey images into ARGB pixel buffers ourselves, nearest neighbour: each source pixel becomes a
 * crisp block, whatever the scale. Nothing here relies on image smoothing being off in the pipeline.
 */
final class PixelPainter {

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
    static int grey(float v) {
        int g = Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
        return GREY[g];
    }

    /**
     * Paints image {@code index} into the rectangle (x0, y0, width, height) of an ARGB buffer {@code stride}
     * pixels wide, clipped to {@code clipWidth x clipHeight}: each target pixel takes the source pixel it
     * falls in.
     */
    static void paintTile(int[] buffer, int stride, int clipWidth, int clipHeight, GreyImages images, int index,
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
        for (int y = yStart; y < yEnd; y++) {
            int sourceRow = (int) ((long) (y - y0) * rows / height);
            int rowBase = base + sourceRow * cols;
            int out = y * stride;
            for (int x = xStart; x < xEnd; x++) {
                int sourceCol = (int) ((long) (x - x0) * cols / width);
                buffer[out + x] = grey(pixels[rowBase + sourceCol]);
            }
        }
    }

    /**
     * Images {@code first .. first + count - 1} in a grid of {@code columns} columns, each source pixel a
     * {@code scale x scale} block, {@code gap} transparent pixels between cells. Reuses {@code reuse} when
     * it has the right size (a drag repaints the same image 60 times a second).
     */
    static WritableImage paintGrid(GreyImages images, int first, int count, int columns, int scale, int gap,
                                   WritableImage reuse) {
        int cellWidth = images.cols() * scale;
        int cellHeight = images.rows() * scale;
        int gridRows = Math.max(1, (count + columns - 1) / columns);
        int width = columns * cellWidth + (columns - 1) * gap;
        int height = gridRows * cellHeight + (gridRows - 1) * gap;
        int[] buffer = new int[width * height];
        for (int i = 0; i < count; i++) {
            int x = (i % columns) * (cellWidth + gap);
            int y = (i / columns) * (cellHeight + gap);
            paintTile(buffer, width, width, height, images, first + i, x, y, cellWidth, cellHeight);
        }
        WritableImage target = reuse != null && (int) reuse.getWidth() == width && (int) reuse.getHeight() == height
                ? reuse : new WritableImage(width, height);
        write(target, buffer, width, height);
        return target;
    }

    static void write(WritableImage target, int[] buffer, int width, int height) {
        target.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), buffer, 0, width);
    }
}
