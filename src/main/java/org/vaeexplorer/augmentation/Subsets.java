package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The small and imbalanced training sets of the augmentation experiment, drawn from a labelled set. */
public final class Subsets {

    private Subsets() {
    }

    /**
     * {@code perClass} images of each class, drawn without replacement with {@code rng}: their indices, in class
     * order.
     *
     * @throws IllegalArgumentException naming the class when it has fewer images
     */
    public static int[] perClass(ImageSet set, int perClass, Random rng) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < ImageSet.NUM_CLASSES; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < set.count(); i++) {
            byClass.get(set.label(i)).add(i);
        }
        int[] chosen = new int[perClass * ImageSet.NUM_CLASSES];
        int next = 0;
        for (int c = 0; c < ImageSet.NUM_CLASSES; c++) {
            List<Integer> pool = byClass.get(c);
            if (pool.size() < perClass) {
                throw new InvalidValueException(Fault.of("augmentation.classTooSmall", c, pool.size(), perClass));
            }
            // A partial Fisher-Yates shuffle: the first perClass of the pool, uniformly.
            for (int k = 0; k < perClass; k++) {
                int j = k + rng.nextInt(pool.size() - k);
                Integer swap = pool.get(k);
                pool.set(k, pool.get(j));
                pool.set(j, swap);
                chosen[next++] = pool.get(k);
            }
        }
        return chosen;
    }

    /**
     * The indices with class {@code minority}'s cut to its first {@code keep}: the imbalanced set. The others stay
     * as they are.
     */
    public static int[] cut(ImageSet set, int[] indices, int minority, int keep) {
        int[] out = new int[indices.length];
        int n = 0;
        int kept = 0;
        for (int i : indices) {
            if (set.label(i) != minority || kept++ < keep) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** 1% of {@code count} images, at least one: what is left of the minority class. */
    public static int onePercent(int count) {
        return Math.max(1, (int) Math.round(count * 0.01));
    }

    /** The given images of {@code set}, with their labels, as a set of their own. */
    public static ImageSet select(ImageSet set, int[] indices) {
        int p = set.pixelsPerImage();
        byte[] pixels = new byte[Math.multiplyExact(indices.length, p)];
        byte[] labels = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(set.pixels(), indices[k] * p, pixels, k * p, p);
            labels[k] = (byte) set.label(indices[k]);
        }
        return new ImageSet(indices.length, set.rows(), set.cols(), pixels, labels);
    }

    /** The images of {@code a} followed by those of {@code b} (the same size). */
    public static ImageSet concat(ImageSet a, ImageSet b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(a + " and " + b + " differ in image size");
        }
        byte[] pixels = Arrays.copyOf(a.pixels(), a.pixels().length + b.pixels().length);
        System.arraycopy(b.pixels(), 0, pixels, a.pixels().length, b.pixels().length);
        byte[] labels = Arrays.copyOf(a.labels(), a.count() + b.count());
        System.arraycopy(b.labels(), 0, labels, a.count(), b.count());
        return new ImageSet(a.count() + b.count(), a.rows(), a.cols(), pixels, labels);
    }
}
