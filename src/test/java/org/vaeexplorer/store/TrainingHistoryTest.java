package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingHistoryTest {

    private static SampleSnapshot at(double epochs) {
        return new SampleSnapshot(Math.round(epochs * 469), epochs, 1, new float[] {0.5f});
    }

    @Test
    void aRunOfAnyLengthKeepsABoundedLogSpacedSetOfSnapshots() {
        TrainingHistory history = TrainingHistory.EMPTY;
        for (double early : new double[] {0, 10 / 469.0, 30 / 469.0, 100 / 469.0, 250 / 469.0}) {
            history = history.plus(at(early));
        }
        for (int epoch = 1; epoch <= 10; epoch++) {
            history = history.plus(at(epoch));
        }
        assertThat(history.samples()).as("a default run of 10 epochs keeps every snapshot").hasSize(15);

        for (int epoch = 11; epoch <= 20_000; epoch++) {
            history = history.plus(at(epoch));
        }

        assertThat(history.samples()).hasSizeLessThanOrEqualTo(TrainingHistory.MAX_SNAPSHOTS)
                .extracting(SampleSnapshot::epochs)
                .startsWith(0.0, 10 / 469.0, 30 / 469.0, 100 / 469.0, 250 / 469.0, 1.0, 2.0)
                .endsWith(5000.0, 10_000.0, 20_000.0);
    }

    @Test
    void aLongHistoryFromBeforeIsThinnedByTheNextSnapshot() {
        List<SampleSnapshot> old = new ArrayList<>();
        for (int epoch = 0; epoch <= 150; epoch++) {
            old.add(at(epoch));
        }
        TrainingHistory loaded = new TrainingHistory(List.of(), old);
        assertThat(loaded.samples()).hasSize(151);

        TrainingHistory more = loaded.plus(at(151));

        assertThat(more.samples()).extracting(SampleSnapshot::epochs)
                .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 20.0, 50.0, 100.0, 151.0);
    }
}
