package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UncertaintyEllipseTest {

    private static float logVar(double sigma) {
        return (float) Math.log(sigma * sigma);
    }

    @Test
    void aTwoDimensionalPosteriorGivesAnAxisAlignedEllipseOfKSigmas() {
        LatentProbe probe = new LatentProbe(new float[] {1f, -2f}, new float[] {logVar(0.5), logVar(0.2)});

        UncertaintyEllipse e = UncertaintyEllipse.of(LatentProjection.axes(2), probe, 2);

        assertThat(e.u()).isCloseTo(1, within(1e-6));
        assertThat(e.v()).isCloseTo(-2, within(1e-6));
        assertThat(e.major()).isCloseTo(1.0, within(1e-6));
        assertThat(e.minor()).isCloseTo(0.4, within(1e-6));
        assertThat(Math.sin(e.angle())).isCloseTo(0, within(1e-9)); // along u
    }

    @Test
    void aPcaPlaneSeesTheProjectedCovariance() {
        // Four latent points spread along (1, 1, 0) and (0, 0, 1): PC1 = (1, 1, 0)/sqrt 2, PC2 = (0, 0, 1).
        float[] rows = {2, 2, 0, -2, -2, 0, 0, 0, 1, 0, 0, -1};
        LatentProjection pca = LatentProjection.fit(rows, 4, 3, null);
        // sigma^2 = (1, 0.25, 0.09): along PC1 the variance is (1 + 0.25) / 2, along PC2 0.09, no covariance.
        LatentProbe probe = new LatentProbe(new float[] {0, 0, 0}, new float[] {logVar(1), logVar(0.5), logVar(0.3)});

        UncertaintyEllipse e = UncertaintyEllipse.of(pca, probe, 1);

        assertThat(e.major()).isCloseTo(Math.sqrt(0.625), within(1e-5));
        assertThat(e.minor()).isCloseTo(0.3, within(1e-5));
        double[] outline = e.outline(4);
        assertThat(Math.hypot(outline[0] - e.u(), outline[1] - e.v())).isCloseTo(e.major(), within(1e-9));
        assertThat(Math.hypot(outline[2] - e.u(), outline[3] - e.v())).isCloseTo(e.minor(), within(1e-9));
    }
}
