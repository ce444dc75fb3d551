package org.vaeexplorer.testing;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;

import java.util.SplittableRandom;

/**
 * Small learnable image sets for model, trainer and UI tests: each class is a fixed random prototype
 * (about a third of its pixels lit), and each image is its prototype with a few pixels flipped.
 */
public final class SyntheticImages {

    private SyntheticImages() {
    }

    public static ImageSet images(int count, int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SplittableRandom prototypes = new SplittableRandom(12345);
        int size = rows * cols;
        boolean[][] proto = new boolean[ImageSet.NUM_CLASSES][size];
        for (boolean[] p : proto) {
            for (int i = 0; i < size; i++) {
                p[i] = prototypes.nextInt(3) == 0;
            }
        }
        byte[] pixels = new byte[count * size];
        byte[] labels = new byte[count];
        for (int n = 0; n < count; n++) {
            int label = rng.nextInt(ImageSet.NUM_CLASSES);
            labels[n] = (byte) label;
            for (int i = 0; i < size; i++) {
                boolean on = proto[label][i] ^ (rng.nextInt(20) == 0);
                pixels[n * size + i] = (byte) (on ? 230 + rng.nextInt(26) : rng.nextInt(20));
            }
        }
        return new ImageSet(count, rows, cols, pixels, labels);
    }

    public static Dataset dataset(int trainCount, int testCount, int rows, int cols) {
        return new Dataset("synthetic", images(trainCount, rows, cols, 1), images(testCount, rows, cols, 2));
    }
}
