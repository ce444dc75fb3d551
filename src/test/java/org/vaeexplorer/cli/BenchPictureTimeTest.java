package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.EpochRecord;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bench's time to a picture worth showing: the training seconds until the test negative ELBO is below 165 nats. */
class BenchPictureTimeTest {

    private static EpochRecord epoch(int n, double testNegElbo, double seconds) {
        return new EpochRecord(n, new LossParts(testNegElbo + 10, 5), new LossParts(testNegElbo - 5, 5), 1, seconds, 1e-3);
    }

    @Test
    void countsTheSecondsOfEveryEpochUpToTheFirstBelow165() {
        assertThat(BenchCommand.secondsToPicture(List.of(epoch(0, 171.2, 4.2), epoch(1, 164.6, 3.1), epoch(2, 161.9, 3.2))))
                .isEqualTo(7.3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void isNullWhenTheTimedEpochsNeverGotThere() {
        assertThat(BenchCommand.secondsToPicture(List.of(epoch(0, 171.2, 4.2)))).isNull();
        assertThat(BenchCommand.secondsToPicture(List.of(epoch(0, 165.0, 4.2)))).isNull(); // below, not at
    }
}
