package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.NativeRuntime;

import java.util.SplittableRandom;

class FrechetDistanceTest {

    static {
        NativeRuntime.configure();
    }

    @Test
    void aFeatureSetIsAtDistanceZeroFromItself() {
        float[][] features = gaussianFeatures(2000, 16, 1);

        assertThat(FrechetDistance.between(features, features)).isCloseTo(0, within(1e-6));
    }

    @Test
    void shiftingEveryFeatureAddsOnlyTheSquaredShift() {
        float[][] features = gaussianFeatures(2000, 16, 1);
        float[][] shifted = new float[features.length][16];
        for (int i = 0; i < features.length; i++) {
            for (int a = 0; a < 16; a++) {
                shifted[i][a] = features[i][a] + 1;
            }
        }

        assertThat(FrechetDistance.between(features, shifted)).isCloseTo(16, within(1e-3));
    }

    /**
     * N(m1, R diag(a) R^T) and N(m2, R diag(b) R^T) share eigenvectors, so the trace term is
     * sum_i (sqrt a_i - sqrt b_i)^2 and the distance |m1 - m2|^2 + that, in closed form.
     */
    @Test
    void twoGaussiansWithKnownMomentsGiveTheClosedForm() {
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] rotation = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        double[] a = {4, 1, 0.25};
        double[] b = {1, 9, 0.25};
        double[] m1 = {1, 2, 3};
        double[] m2 = {0, 2, 5};

        double distance = FrechetDistance.between(new FrechetDistance.Moments(m1, rotated(rotation, a)),
                new FrechetDistance.Moments(m2, rotated(rotation, b)));

        double closedForm = 1 + 4 + Math.pow(2 - 1, 2) + Math.pow(1 - 3, 2) + 0;
        assertThat(distance).isCloseTo(closedForm, within(1e-9));
    }

    @Test
    void momentsOfASampleEstimateTheDistributions() {
        float[][] features = gaussianFeatures(20_000, 3, 3);
        FrechetDistance.Moments moments = FrechetDistance.Moments.of(features);

        assertThat(moments.mean()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(0.05));
        assertThat(moments.covariance()[1][1]).isCloseTo(4, within(0.15));
        assertThat(moments.covariance()[0][1]).isCloseTo(0, within(0.1));
    }

    private static double[][] rotated(double[][] r, double[] diagonal) {
        int d = diagonal.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    out[i][j] += r[i][k] * diagonal[k] * r[j][k];
                }
            }
        }
        return out;
    }

    /** n vectors with independent N(0.5, (i + 1)^2) components. */
    private static float[][] gaussianFeatures(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        java.util.Random gaussian = new java.util.Random(rng.nextLong());
        float[][] out = new float[n][d];
        for (float[] v : out) {
            for (int i = 0; i < d; i++) {
                v[i] = (float) (0.5 + (i + 1) * gaussian.nextGaussian());
            }
        }
        return out;
    }
}
