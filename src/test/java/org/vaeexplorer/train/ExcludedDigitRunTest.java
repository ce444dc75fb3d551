package org.vaeexplorer.train;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run that leaves a digit out: what it trains on, and what it refuses. */
class ExcludedDigitRunTest {

    private static final VaeConfig C = new VaeConfig(6, 6, List.of(8), 2, 1e-2, 16, 1, 1.0, 0, 5);
    private final Dataset data = SyntheticImages.dataset(200, 40, 6, 6);

    @Test
    void theTrainingSetLosesThatDigitAndTheTestSetKeepsIt() {
        Dataset trained = RunStart.trainingData(data, C.withExcludedDigit(3));

        assertThat(trained.train().count()).isEqualTo(200 - data.train().countOf(3));
        assertThat(trained.train().countOf(3)).isZero();
        assertThat(trained.test()).isSameAs(data.test());
        assertThat(RunStart.trainingData(data, C)).isSameAs(data);
    }

    @Test
    void aDigitTheTrainingSetLacksOrHoldsAloneIsRefused() {
        Dataset noSevens = new Dataset("no7", data.train().without(7), data.test());
        assertThatThrownBy(() -> new Trainer(noSevens, C.withExcludedDigit(7), null, new TrainingListener() { }))
                .hasMessageContaining("no7 has no training images of class 7 to leave out (its classes: 0, 1, 2, 3, 4, 5, 6, 8, 9)");

        ImageSet onlyTwos = new ImageSet(2, 6, 6, new byte[72], new byte[] {2, 2});
        Dataset twos = new Dataset("twos", onlyTwos, data.test());
        assertThatThrownBy(() -> new Trainer(twos, C.withExcludedDigit(2), null, new TrainingListener() { }))
                .hasMessageContaining("every training image of twos is of class 2");
    }

    @Test
    void aCheckpointContinuesOnlyWithTheDigitItLeftOut() throws Exception {
        Trainer first = new Trainer(data, C.withExcludedDigit(3), null, new TrainingListener() { });
        first.start();
        ModelFile finished = first.await().model();
        int batches = (200 - data.train().countOf(3) + 15) / 16;
        ModelFile checkpoint = finished.withHistory(new org.vaeexplorer.store.TrainingHistory(List.of(), List.of(), List.of()))
                .at(new RunPosition(0, 1, 1, LossParts.ZERO, 16, 1, 2));
        assertThat(batches).isGreaterThan(1);

        assertThatThrownBy(() -> new Trainer(data, C, checkpoint, new TrainingListener() { }))
                .hasMessageContaining("a checkpoint continues with its own digit left out (3)");
        assertThatThrownBy(() -> new Trainer(data, C.withExcludedDigit(5), checkpoint, new TrainingListener() { }))
                .hasMessageContaining("its own digit left out (3)");
        new Trainer(data, C.withExcludedDigit(3), checkpoint, new TrainingListener() { });
    }
}
