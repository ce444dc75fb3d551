package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatentProjectionTest {

    @Test
    void aTwoDimensionalLatentIsThePlaneItself() {
        LatentProjection p = LatentProjection.fit(new float[] {1, 2, 3, 4}, 2, 2, null);

        assertThat(p.isPca()).isFalse();
        assertThat(p.horizontalAxis()).isEqualTo("z1");
        assertThat(p.verticalAxis()).isEqualTo("z2");
        assertThat(p.toLatent(0.5, -1.5)).containsExactly(0.5f, -1.5f);
    }

    @Test
    void pcaFindsTheDirectionsOfLargestSpreadAndMapsBothWays() {
        // Spread 3 along (1,1,0,0)/sqrt2, 1 along (0,0,1,0), 0.1 along the rest, centred at (5,0,0,-1).
        int n = 3000;
        int d = 4;
        float[] rows = new float[n * d];
        SplittableRandom rng = new SplittableRandom(7);
        double s = Math.sqrt(0.5);
        for (int i = 0; i < n; i++) {
            double a = 3 * gaussian(rng);
            double b = gaussian(rng);
            double c = 0.1 * gaussian(rng);
            rows[i * d] = (float) (5 + a * s + c * s);
            rows[i * d + 1] = (float) (a * s - c * s);
            rows[i * d + 2] = (float) b;
            rows[i * d + 3] = (float) (-1 + 0.1 * gaussian(rng));
        }

        LatentProjection p = LatentProjection.fit(rows, n, d, null);

        assertThat(p.isPca()).isTrue();
        assertThat(p.horizontalAxis()).isEqualTo("PC1");
        assertThat(p.verticalAxis()).isEqualTo("PC2");
        float[] pc1 = p.firstComponent();
        float[] pc2 = p.secondComponent();
        assertThat(Math.abs(pc1[0] * s + pc1[1] * s)).isCloseTo(1.0, within(0.01));
        assertThat((double) Math.abs(pc2[2])).isCloseTo(1.0, within(0.01));
        // z = mean + p1 pc1 + p2 pc2, and projecting it gives (p1, p2) back.
        float[] z = p.toLatent(2, -0.5);
        float[] u = new float[1];
        float[] v = new float[1];
        p.project(z, 1, u, v);
        assertThat(u[0]).isCloseTo(2f, within(1e-4f));
        assertThat(v[0]).isCloseTo(-0.5f, within(1e-4f));
        float[] centre = p.toLatent(0, 0);
        assertThat(centre[0]).isCloseTo(5f, within(0.2f));
        assertThat(centre[3]).isCloseTo(-1f, within(0.05f));
    }

    @Test
    void signsFollowThePreviousPlaneSoThePictureDoesNotFlip() {
        int n = 500;
        float[] rows = new float[n * 3];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            rows[i * 3] = (float) (4 * gaussian(rng));
            rows[i * 3 + 1] = (float) (2 * gaussian(rng));
            rows[i * 3 + 2] = (float) (0.1 * gaussian(rng));
        }
        LatentProjection first = LatentProjection.fit(rows, n, 3, null);
        float[] flipped = rows.clone();
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] = -flipped[i]; // the same cloud; PCA alone could pick either sign
        }

        LatentProjection next = LatentProjection.fit(flipped, n, 3, first);

        assertThat(dot(first.firstComponent(), next.firstComponent())).isGreaterThan(0.99);
        assertThat(dot(first.secondComponent(), next.secondComponent())).isGreaterThan(0.99);
    }

    @Test
    void aOneDimensionalLatentUsesOnlyTheHorizontalAxis() {
        LatentProjection p = LatentProjection.axes(1);

        assertThat(p.verticalAxis()).isEmpty();
        assertThat(p.toLatent(1.5, 7)).containsExactly(1.5f);
    }

    /** A covariance built from known axes and variances, listed out of order: the solver returns the two largest. */
    @Test
    void leadingEigenvectorsOfAKnownDecomposition() {
        double[][] q = KNOWN_AXES;
        double[] variance = {0.5, 3, 0.01, 2};
        double[][] covariance = new double[4][4];
        for (int k = 0; k < 4; k++) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    covariance[a][b] += variance[k] * q[k][a] * q[k][b];
                }
            }
        }

        double[][] leading = LatentProjection.leadingEigenvectors(Nd4j.create(covariance), 2);

        assertThat(distanceUpToSign(leading[0], q[1])).isLessThan(1e-9);
        assertThat(distanceUpToSign(leading[1], q[3])).isLessThan(1e-9);
    }

    /**
     * Points at mean +- a_k q_k: their covariance is exactly the sum of a_k^2 / 4 q_k q_k^T. The two largest
     * spreads differ by half a percent, which an iterative search is slow to tell apart.
     */
    @Test
    void pcaRecoversKnownAxesEvenWhenTwoSpreadsAreClose() {
        double[] spread = {1.0, 0.995, 0.3, 0.1};
        float[] mean = {2, -1, 0.5f, 3};
        float[] rows = new float[8 * 4];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 4; j++) {
                rows[(2 * k) * 4 + j] = (float) (mean[j] + spread[k] * KNOWN_AXES[k][j]);
                rows[(2 * k + 1) * 4 + j] = (float) (mean[j] - spread[k] * KNOWN_AXES[k][j]);
            }
        }

        LatentProjection p = LatentProjection.fit(rows, 8, 4, null);

        assertThat(distanceUpToSign(toDouble(p.firstComponent()), KNOWN_AXES[0])).isLessThan(1e-4);
        assertThat(distanceUpToSign(toDouble(p.secondComponent()), KNOWN_AXES[1])).isLessThan(1e-4);
        assertThat(p.toLatent(0, 0)).containsExactly(mean, within(1e-5f));
    }

    /** Without a previous plane the sign is the data's own: the largest component positive, the same every call. */
    @Test
    void withoutAPreviousPlaneTheSignIsFixedByTheData() {
        float[] rows = new float[8 * 4];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 4; j++) {
                rows[(2 * k) * 4 + j] = (float) ((4 - k) * KNOWN_AXES[k][j]);
                rows[(2 * k + 1) * 4 + j] = (float) (-(4 - k) * KNOWN_AXES[k][j]);
            }
        }

        LatentProjection p = LatentProjection.fit(rows, 8, 4, null);

        for (float[] pc : new float[][] {p.firstComponent(), p.secondComponent()}) {
            int largest = 0;
            for (int j = 1; j < pc.length; j++) {
                largest = Math.abs(pc[j]) > Math.abs(pc[largest]) ? j : largest;
            }
            assertThat(pc[largest]).isPositive();
        }
        assertThat(LatentProjection.fit(rows, 8, 4, null).firstComponent()).containsExactly(p.firstComponent());
    }

    /** An encoder that maps every image to one point (a collapsed model) gives the plane of z1 and z2, not noise. */
    @Test
    void latentMeansWithNoSpreadGiveTheFirstTwoAxes() {
        float[] rows = new float[50 * 5];
        for (int i = 0; i < 50; i++) {
            System.arraycopy(new float[] {0.23f, -0.08f, 0.1f, 1e-3f, -0.25f}, 0, rows, i * 5, 5);
        }

        LatentProjection p = LatentProjection.fit(rows, 50, 5, null);

        assertThat(p.firstComponent()).containsExactly(1, 0, 0, 0, 0);
        assertThat(p.secondComponent()).containsExactly(0, 1, 0, 0, 0);
    }

    /** Orthonormal axes: the rows of the reflection I - 2 u u^T with u = (1, 2, 3, 4) / sqrt(30). */
    private static final double[][] KNOWN_AXES = reflection(new double[] {1, 2, 3, 4});

    private static double[][] reflection(double[] u) {
        double norm2 = 0;
        for (double x : u) {
            norm2 += x * x;
        }
        double[][] h = new double[u.length][u.length];
        for (int a = 0; a < u.length; a++) {
            for (int b = 0; b < u.length; b++) {
                h[a][b] = (a == b ? 1 : 0) - 2 * u[a] * u[b] / norm2;
            }
        }
        return h;
    }

    private static double distanceUpToSign(double[] v, double[] axis) {
        double plus = 0;
        double minus = 0;
        for (int j = 0; j < v.length; j++) {
            plus += (v[j] - axis[j]) * (v[j] - axis[j]);
            minus += (v[j] + axis[j]) * (v[j] + axis[j]);
        }
        return Math.sqrt(Math.min(plus, minus));
    }

    private static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j];
        }
        return out;
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
