package org.vaeexplorer.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Minibatch indices in a fresh shuffled order each epoch.
 *
 * <p>The order depends only on (seed, epoch), never on earlier epochs, so a run can be resumed in
 * the middle of any epoch by recomputing {@link #epochOrder(int)}.
 */
public final class ShuffledBatches {

    private final int count;
    private final int batchSize;
    private final long seed;

    public ShuffledBatches(int count, int batchSize, long seed) {
        if (count <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("count and batch size must be positive, got "
                    + count + " and " + batchSize);
        }
        this.count = count;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    public int count() {
        return count;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Batches per epoch, rounded up: the last batch of an epoch holds the remainder. */
    public int batchesPerEpoch() {
        return (count + batchSize - 1) / batchSize;
    }

    /** A permutation of 0..count-1 (Fisher-Yates), the same for the same seed and epoch. */
    public int[] epochOrder(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        // SplittableRandom scrambles its seed, so neighbouring (seed, epoch) pairs still give
        // unrelated orders.
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + epoch);
        // Fisher-Yates by hand: Java 17's Collections.shuffle takes no SplittableRandom, and boxes every index.
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The indices of batch {@code batchIndex} of an epoch order from {@link #epochOrder(int)}. */
    public int[] batch(int[] order, int batchIndex) {
        if (order.length != count) {
            throw new IllegalArgumentException("order has " + order.length + " entries, expected " + count);
        }
        if (batchIndex < 0 || batchIndex >= batchesPerEpoch()) {
            throw new IndexOutOfBoundsException("batch " + batchIndex + " of " + batchesPerEpoch());
        }
        int from = batchIndex * batchSize;
        return Arrays.copyOfRange(order, from, Math.min(from + batchSize, count));
    }
}
