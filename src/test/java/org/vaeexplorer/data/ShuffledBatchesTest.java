package org.vaeexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShuffledBatchesTest {

    @Test
    void everyIndexExactlyOncePerEpoch() {
        ShuffledBatches batches = new ShuffledBatches(103, 10, 42);
        int[] order = batches.epochOrder(3);

        assertThat(order).containsExactlyInAnyOrder(IntStream.range(0, 103).toArray());
        int[] seen = IntStream.range(0, batches.batchesPerEpoch())
                .flatMap(b -> IntStream.of(batches.batch(order, b)))
                .toArray();
        assertThat(seen).containsExactly(order);
    }

    @Test
    void sameSeedAndEpochGiveSameOrder() {
        assertThat(new ShuffledBatches(500, 32, 7).epochOrder(4))
                .containsExactly(new ShuffledBatches(500, 32, 7).epochOrder(4));
    }

    @Test
    void epochsAndSeedsGiveDifferentOrders() {
        ShuffledBatches batches = new ShuffledBatches(500, 32, 7);

        assertThat(batches.epochOrder(0)).isNotEqualTo(batches.epochOrder(1));
        assertThat(batches.epochOrder(0)).isNotEqualTo(new ShuffledBatches(500, 32, 8).epochOrder(0));
        assertThat(batches.epochOrder(0)).isNotEqualTo(IntStream.range(0, 500).toArray());
    }

    @Test
    void lastBatchHoldsTheRemainder() {
        ShuffledBatches batches = new ShuffledBatches(103, 10, 1);
        int[] order = batches.epochOrder(0);

        assertThat(batches.batchesPerEpoch()).isEqualTo(11);
        assertThat(batches.batch(order, 0)).hasSize(10).containsExactly(Arrays.copyOf(order, 10));
        assertThat(batches.batch(order, 10)).containsExactly(order[100], order[101], order[102]);
        assertThat(new ShuffledBatches(100, 10, 1).batchesPerEpoch()).isEqualTo(10);
        assertThatThrownBy(() -> batches.batch(order, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
