package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

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
