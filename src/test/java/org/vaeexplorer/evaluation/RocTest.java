package org.vaeexplorer.evaluation;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The ROC and its area on scores whose answer is known. */
class RocTest {

    private static final boolean[] TWO_AND_TWO = {true, true, false, false};

    @Test
    void aScoreThatSeparatesPerfectlyHasAreaOne() {
        Roc roc = Roc.of(new double[] {9, 8, 2, 1}, TWO_AND_TWO);

        assertThat(roc.area()).isEqualTo(1.0);
        assertThat(roc.falsePositiveRate()).containsExactly(0, 0, 1);
        assertThat(roc.truePositiveRate()).containsExactly(0, 1, 1);
    }

    @Test
    void aReversedScoreHasAreaZero() {
        Roc roc = Roc.of(new double[] {1, 2, 8, 9}, TWO_AND_TWO);

        assertThat(roc.area()).isEqualTo(0.0);
        assertThat(roc.falsePositiveRate()).containsExactly(0, 1, 1);
        assertThat(roc.truePositiveRate()).containsExactly(0, 0, 1);
    }

    @Test
    void equalScoresCountOneHalfAndMakeOneDiagonalStep() {
        Roc roc = Roc.of(new double[] {5, 5, 5, 5}, TWO_AND_TWO);

        assertThat(roc.area()).isEqualTo(0.5);
        assertThat(roc.falsePositiveRate()).containsExactly(0, 1);
        assertThat(roc.truePositiveRate()).containsExactly(0, 1);
    }

    /** Scores {3, 2, 2, 1} for anomaly, normal, anomaly, normal: pairs (3>2, 3>1, 2=2, 2>1) win 3.5 of 4. */
    @Test
    void aTieBetweenAnAnomalyAndANormalImageCountsOneHalf() {
        Roc roc = Roc.of(new double[] {3, 2, 2, 1}, new boolean[] {true, false, true, false});

        assertThat(roc.area()).isEqualTo(3.5 / 4);
    }

    @Test
    void theAreaIsTheShareOfPairsWonCountedOneByOne() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 700;
        double[] scores = new double[n];
        boolean[] anomalous = new boolean[n];
        for (int i = 0; i < n; i++) {
            anomalous[i] = rng.nextInt(5) == 0;
            // Few distinct values, so many ties; anomalies a little higher.
            scores[i] = rng.nextInt(12) + (anomalous[i] ? 3 : 0);
        }
        double wins = 0;
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (anomalous[a] && !anomalous[b]) {
                    pairs++;
                    wins += scores[a] > scores[b] ? 1 : scores[a] == scores[b] ? 0.5 : 0;
                }
            }
        }

        Roc roc = Roc.of(scores, anomalous);

        assertThat(roc.area()).isCloseTo(wins / pairs, within(1e-12));
        assertThat(roc.area()).isBetween(0.6, 0.9);
        assertThat(trapezoids(roc)).isCloseTo(roc.area(), within(1e-12));
    }

    @Test
    void aScoreThatKnowsNothingIsNearOneHalfAndTheCurveRisesFromCornerToCorner() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] anomalous = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = rng.nextDouble();
            anomalous[i] = rng.nextInt(10) == 0;
        }

        Roc roc = Roc.of(scores, anomalous);

        // The area's standard error here is about 0.007.
        assertThat(roc.area()).isCloseTo(0.5, within(0.03));
        double[] x = roc.falsePositiveRate();
        double[] y = roc.truePositiveRate();
        assertThat(x[0]).isZero();
        assertThat(y[0]).isZero();
        assertThat(x[x.length - 1]).isEqualTo(1.0);
        assertThat(y[y.length - 1]).isEqualTo(1.0);
        for (int i = 1; i < x.length; i++) {
            assertThat(x[i]).isGreaterThanOrEqualTo(x[i - 1]);
            assertThat(y[i]).isGreaterThanOrEqualTo(y[i - 1]);
        }
        assertThat(trapezoids(roc)).isCloseTo(roc.area(), within(1e-9));
    }

    @Test
    void theTruePositiveRateAtAFalsePositiveRate() {
        Roc roc = Roc.of(new double[] {9, 7, 6, 5, 1}, new boolean[] {true, false, true, false, false});

        assertThat(roc.truePositiveRateAt(0.0)).isEqualTo(0.5);
        assertThat(roc.truePositiveRateAt(0.34)).isEqualTo(1.0);
    }

    @Test
    void refusesWhatIsNoRoc() {
        assertThatThrownBy(() -> Roc.of(new double[] {1, 2}, new boolean[] {true, true}))
                .hasMessageContaining("needs anomalies and normal images");
        assertThatThrownBy(() -> Roc.of(new double[] {1, Double.NaN}, new boolean[] {true, false}))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Roc.of(new double[] {1}, new boolean[] {true, false}))
                .hasMessageContaining("1 scores but 2 labels");
    }

    private static double trapezoids(Roc roc) {
        double[] x = roc.falsePositiveRate();
        double[] y = roc.truePositiveRate();
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }
}
