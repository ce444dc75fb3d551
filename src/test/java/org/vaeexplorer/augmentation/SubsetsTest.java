package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ImageSet;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The experiment's training sets: how many images of which class each holds. */
class SubsetsTest {

    /** 40 images of each class, labels cycling 0..9. */
    private static final ImageSet SET = GeneratedDatasetTest.images(400, 3, 3, 10);

    @Test
    void perClassDrawsThatManyDistinctImagesOfEachClass() {
        int[] chosen = Subsets.perClass(SET, 7, new Random(1));

        assertThat(chosen).hasSize(70).doesNotHaveDuplicates();
        assertThat(classCounts(chosen)).containsOnly(7);
        assertThat(chosen).isNotEqualTo(Subsets.perClass(SET, 7, new Random(2))); // the seed draws the subset
        assertThat(chosen).containsExactly(Subsets.perClass(SET, 7, new Random(1)));
    }

    @Test
    void aClassWithTooFewImagesIsNamed() {
        assertThatThrownBy(() -> Subsets.perClass(SET, 41, new Random(1))).hasMessageContaining("class 0 has 40 images");
    }

    @Test
    void aClassWithTooFewImagesIsNamedInChinese() {
        assertThatThrownBy(() -> Subsets.perClass(SET, 41, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((org.vaeexplorer.fault.Explained) e).fault().in(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("类别 0 只有 40 张图像，少于所需的 41 张"));
    }

    /** 500 per class, class 3 cut to 1%: 5 of it, 500 of every other. */
    @Test
    void theCutLeavesOnePercentOfTheMinorityAndAllOfTheRest() {
        ImageSet big = GeneratedDatasetTest.images(6000, 1, 1, 10);
        int[] balanced = Subsets.perClass(big, 500, new Random(3));

        int[] cut = Subsets.cut(big, balanced, 3, Subsets.onePercent(500));

        int[] counts = new int[10];
        for (int i : cut) {
            counts[big.label(i)]++;
        }
        assertThat(counts).containsExactly(500, 500, 500, 5, 500, 500, 500, 500, 500, 500);
        assertThat(Subsets.onePercent(100)).isEqualTo(1);
        assertThat(Subsets.onePercent(50)).isEqualTo(1); // never none
    }

    @Test
    void selectAndConcatKeepImagesWithTheirLabels() {
        ImageSet a = Subsets.select(SET, new int[] {5, 17});
        ImageSet both = Subsets.concat(a, Subsets.select(SET, new int[] {2}));

        assertThat(both.count()).isEqualTo(3);
        assertThat(both.labels()).containsExactly(5, 7, 2);
        assertThat(Arrays.copyOfRange(both.pixels(), 9, 18)).containsExactly(Arrays.copyOfRange(SET.pixels(), 17 * 9, 18 * 9));
        assertThat(Arrays.copyOfRange(both.pixels(), 18, 27)).containsExactly(Arrays.copyOfRange(SET.pixels(), 2 * 9, 3 * 9));
    }

    @Test
    void epochsGiveAboutTheStepsAsked() {
        assertThat(AugmentationExperiment.epochsFor(1000, 64, 300)).isEqualTo(19); // 16 batches an epoch
        assertThat(AugmentationExperiment.epochsFor(6000, 64, 300)).isEqualTo(3); // 94 batches an epoch
        assertThat(AugmentationExperiment.epochsFor(60000, 64, 300)).isEqualTo(1);
    }

    @Test
    void spreadIsTheMeanAndSampleStandardDeviation() {
        Spread s = Spread.of(new double[] {1, 2, 3, 6});

        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(14.0 / 3), within(1e-12));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(6.0);
        assertThat(Spread.of(new double[] {0.5}).sd()).isZero();
    }

    private static int[] classCounts(int[] indices) {
        int[] counts = new int[10];
        for (int i : indices) {
            counts[SET.label(i)]++;
        }
        return Arrays.stream(counts).filter(n -> n > 0).toArray();
    }
}
