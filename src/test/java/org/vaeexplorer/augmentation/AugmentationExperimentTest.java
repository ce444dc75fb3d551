package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.testing.TestModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The experiment end to end on the tiny synthetic digits, with a few steps: every figure, per seed, in range. */
class AugmentationExperimentTest {

    @Test
    void everySeedGivesEveryFigure() throws Exception {
        var settings = new AugmentationExperiment.Settings(5, 5, 15, 3, 2, 4, 16);

        Dataset tiny = TestModels.tinyData();
        AugmentationExperiment.Result r = AugmentationExperiment.run(TestModels.trainedModel(tiny, 2, 1).toVae(), tiny, settings,
                (stage, done, total) -> { });

        assertThat(r.minorityKept()).isEqualTo(1);
        for (double[] figures : new double[][] {r.realAccuracy(), r.augmentedAccuracy(), r.imbalancedRecall(),
            r.toppedUpRecall(), r.imbalancedAccuracy(), r.toppedUpAccuracy()}) {
            assertThat(figures).hasSize(2);
            for (double f : figures) {
                assertThat(f).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void settingsThatCannotBeRunAreRefusedInChinese() {
        assertThatThrownBy(() -> new AugmentationExperiment.Settings(5, 5, 15, 12, 2, 4, 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the minority class must be 0..9, got 12")
                .satisfies(e -> assertThat(((Explained) e).fault().in(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("少数类须为 0..9，而给出的是 12"));
        assertThatThrownBy(() -> new AugmentationExperiment.Settings(5, 0, 15, 3, 2, 4, 16))
                .satisfies(e -> assertThat(((Explained) e).fault().in(java.util.Locale.SIMPLIFIED_CHINESE))
                        .contains("每个类别").contains("合成图像"));
    }
}
