package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The per-class Gaussians on encodings whose means and covariances are worked out by hand. */
class ClassGaussiansTest {

    /**
     * Class 0: (0,0), (2,0), (0,2), (2,2): mean (1,1), covariance diag(4/3, 4/3).
     * Class 1: (1,1), (3,3), (5,5): mean (3,3), covariance [[4,4],[4,4]] (on a line).
     */
    private static final float[] Z = {0, 0, 2, 0, 0, 2, 2, 2, 1, 1, 3, 3, 5, 5};
    private static final byte[] LABELS = {0, 0, 0, 0, 1, 1, 1};

    @Test
    void withoutShrinkageEachClassHasItsOwnMeanAndSampleCovariance() {
        ClassGaussians g = ClassGaussians.fit(Z, LABELS, 2, 0);

        assertThat(g.counts()).startsWith(4, 3, 0);
        assertThat(g.means()[0]).containsExactly(1, 1);
        assertThat(g.means()[1]).containsExactly(3, 3);
        assertThat(g.covariances()[0]).containsExactly(new double[] {4.0 / 3, 0, 0, 4.0 / 3}, within(1e-12));
        assertThat(g.covariances()[1]).containsExactly(new double[] {4, 4, 4, 4}, within(1e-12));
        assertThat(g.has(0)).isTrue();
        assertThat(g.has(2)).isFalse();
    }

    /**
     * The pooled covariance is the scatter of both classes over their degrees of freedom: ([[4,0],[0,4]] +
     * [[8,8],[8,8]]) / (3 + 2) = [[2.4,1.6],[1.6,2.4]]. With kappa = 2, class 1: ([[8,8],[8,8]] + 2 pooled) / (2 + 2).
     */
    @Test
    void shrinkagePullsAClassTowardsThePooledCovariance() {
        ClassGaussians g = ClassGaussians.fit(Z, LABELS, 2, 2);

        assertThat(g.covariances()[1]).containsExactly(new double[] {(8 + 4.8) / 4, (8 + 3.2) / 4, (8 + 3.2) / 4, (8 + 4.8) / 4},
                within(1e-12));
        assertThat(g.covariances()[0]).containsExactly(new double[] {(4 + 4.8) / 5, 3.2 / 5, 3.2 / 5, (4 + 4.8) / 5},
                within(1e-12));
        assertThat(g.means()[1]).containsExactly(3, 3); // only the covariance is shrunk
    }

    @Test
    void samplesHaveTheFittedMeanAndCovariance() {
        ClassGaussians g = ClassGaussians.fit(Z, LABELS, 2, 2);
        int n = 200_000;

        float[] s = g.sample(1, n, new Random(7));

        double[] mean = new double[2];
        for (int i = 0; i < n; i++) {
            mean[0] += s[2 * i] / (double) n;
            mean[1] += s[2 * i + 1] / (double) n;
        }
        double[] cov = new double[4];
        for (int i = 0; i < n; i++) {
            double a = s[2 * i] - mean[0];
            double b = s[2 * i + 1] - mean[1];
            cov[0] += a * a / n;
            cov[1] += a * b / n;
            cov[2] += b * a / n;
            cov[3] += b * b / n;
        }
        assertThat(mean).containsExactly(new double[] {3, 3}, within(0.02));
        assertThat(cov).containsExactly(g.covariances()[1], within(0.05));
    }

    /** Class 1 alone lies on a line: its covariance is singular, and a jitter lets it factor. */
    @Test
    void aSingularCovarianceStillSamplesOnItsLine() {
        ClassGaussians g = ClassGaussians.fit(Z, LABELS, 2, 0);

        float[] s = g.sample(1, 1000, new Random(3));

        for (int i = 0; i < 1000; i++) {
            assertThat(s[2 * i + 1]).isCloseTo(s[2 * i], within(1e-3f));
        }
    }

    @Test
    void aClassWithoutEncodingsCannotBeSampled() {
        ClassGaussians g = ClassGaussians.fit(Z, LABELS, 2, 0);

        assertThatThrownBy(() -> g.sample(5, 1, new Random(1))).hasMessageContaining("class 5");
    }

    @Test
    void choleskyFactorsAKnownMatrix() {
        // [[4,2],[2,3]] = L L^T with L = [[2,0],[1,sqrt(2)]].
        assertThat(ClassGaussians.cholesky(new double[] {4, 2, 2, 3}, 2))
                .containsExactly(new double[] {2, 0, 1, Math.sqrt(2)}, within(1e-12));
    }
}
