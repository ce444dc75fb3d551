package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriorContoursTest {

    @Test
    void aTwoDimensionalLatentGetsTheOneAndTwoSigmaCirclesAroundTheOrigin() {
        List<PriorContours.Circle> circles = PriorContours.of(LatentProjection.axes(2));

        assertThat(circles).extracting(PriorContours.Circle::sigma).containsExactly(1.0, 2.0);
        assertThat(circles).extracting(PriorContours.Circle::radius).containsExactly(1.0, 2.0);
        assertThat(circles).allSatisfy(c -> {
            assertThat(c.centreU()).isZero();
            assertThat(c.centreV()).isZero();
        });
    }

    @Test
    void onAPcaPlaneTheCirclesSitWhereTheOriginProjects() {
        // Latent means spread along z1 + z2 around (3, 3, 0): the plane's origin is their mean.
        int n = 50;
        float[] rows = new float[n * 3];
        for (int i = 0; i < n; i++) {
            float t = (i - n / 2f) / 10f;
            rows[3 * i] = 3 + t;
            rows[3 * i + 1] = 3 + t;
            rows[3 * i + 2] = (i % 2 == 0 ? 0.1f : -0.1f);
        }
        LatentProjection pca = LatentProjection.pca(rows, n, 3, null);
        float[] u = new float[1];
        float[] v = new float[1];
        pca.project(new float[3], 1, u, v);

        List<PriorContours.Circle> circles = PriorContours.of(pca);

        assertThat(circles).hasSize(2);
        assertThat(circles.get(0).centreU()).isCloseTo(u[0], within(1e-6));
        assertThat(circles.get(0).centreV()).isCloseTo(v[0], within(1e-6));
        assertThat(Math.hypot(circles.get(0).centreU(), circles.get(0).centreV())).isGreaterThan(3); // off centre
    }

    @Test
    void aOneDimensionalLatentHasNoPlaneForThePrior() {
        assertThat(PriorContours.of(LatentProjection.axes(1))).isEmpty();
        assertThat(PriorContours.of(null)).isEmpty();
    }
}
