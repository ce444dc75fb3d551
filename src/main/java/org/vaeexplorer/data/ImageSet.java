package org.vaeexplorer.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A set of equally sized greyscale images with their class labels.
 *
 * <p>The arrays are shared, not copied (MNIST's training pixels are 47 MB): callers must treat
 * them as read-only. For the same reason {@code equals} compares the arrays by identity, as
 * records do.
 *
 * @param count  number of images
 * @param rows   image height in pixels
 * @param cols   image width in pixels
 * @param pixels {@code count * rows * cols} unsigned bytes (0..255), image after image, each row-major
 * @param labels {@code count} class labels, each 0..9
 */
public record ImageSet(int count, int rows, int cols, byte[] pixels, byte[] labels) {

    /** Labels are MNIST-style digit classes. */
    public static final int NUM_CLASSES = 10;

    /** value / 255f for every unsigned byte, so scaling is a table look-up. */
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < SCALED.length; v++) {
            SCALED[v] = v / 255f;
        }
    }

    public ImageSet {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(
                    "bad image set shape: " + count + " images of " + rows + "x" + cols);
        }
        if ((long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException("pixels has " + pixels.length + " bytes but "
                    + count + " images of " + rows + "x" + cols + " need " + (long) count * rows * cols);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException(count + " images but " + labels.length + " labels");
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= NUM_CLASSES) {
                throw new IllegalArgumentException("label " + (labels[i] & 0xFF) + " at index " + i
                        + " is out of range 0.." + (NUM_CLASSES - 1));
            }
        }
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public int label(int i) {
        return labels[Objects.checkIndex(i, count)];
    }

    /** Pixel {@code index} (row-major) of image {@code image}, scaled to [0, 1]. */
    public float pixel(int image, int index) {
        Objects.checkIndex(image, count);
        Objects.checkIndex(index, pixelsPerImage());
        return SCALED[pixels[image * pixelsPerImage() + index] & 0xFF];
    }

    /** Writes image {@code image}, scaled to [0, 1], into {@code dest} starting at {@code destOffset}. */
    public void copyScaled(int image, float[] dest, int destOffset) {
        Objects.checkIndex(image, count);
        int n = pixelsPerImage();
        Objects.checkFromIndexSize(destOffset, n, dest.length);
        int from = image * n;
        for (int i = 0; i < n; i++) {
            dest[destOffset + i] = SCALED[pixels[from + i] & 0xFF];
        }
    }

    /** The given images, scaled to [0, 1], one after another: {@code indices.length * pixelsPerImage()} floats. */
    public float[] scaledImages(int[] indices) {
        int n = pixelsPerImage();
        float[] out = new float[Math.multiplyExact(indices.length, n)];
        for (int i = 0; i < indices.length; i++) {
            copyScaled(indices[i], out, i * n);
        }
        return out;
    }

    /** Every image, scaled to [0,1], row after row. */
    public float[] scaledImages() {
        int[] all = new int[count];
        Arrays.setAll(all, i -> i);
        return scaledImages(all);
    }

    /** A copy holding the first {@code n} images (for quick runs and tests). */
    public ImageSet head(int n) {
        if (n < 0 || n > count) {
            throw new IllegalArgumentException("head(" + n + ") of " + count + " images");
        }
        return new ImageSet(n, rows, cols,
                Arrays.copyOf(pixels, n * pixelsPerImage()), Arrays.copyOf(labels, n));
    }

    /** How many images are labelled {@code label}. */
    public int countOf(int label) {
        int n = 0;
        for (byte l : labels) {
            n += l == label ? 1 : 0;
        }
        return n;
    }

    /** A copy holding every image not labelled {@code label}, in their order. */
    public ImageSet without(int label) {
        int n = pixelsPerImage();
        int kept = count - countOf(label);
        byte[] keptPixels = new byte[Math.multiplyExact(kept, n)];
        byte[] keptLabels = new byte[kept];
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (labels[i] != label) {
                System.arraycopy(pixels, i * n, keptPixels, k * n, n);
                keptLabels[k++] = labels[i];
            }
        }
        return new ImageSet(kept, rows, cols, keptPixels, keptLabels);
    }

    @Override
    public String toString() {
        return "ImageSet[" + count + " images of " + rows + "x" + cols + "]";
    }
}
