package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Random;

class LatentCoverageTest {

    @Test
    void dimensionsWhoseMeanNeverMovesAreInactive() {
        int n = 500;
        int d = 3;
        float[] means = new float[n * d];
        Random rng = new Random(1);
        for (int i = 0; i < n; i++) {
            means[i * d] = 0.3f;                                  // constant: inactive
            means[i * d + 1] = (float) rng.nextGaussian();        // variance 1: active
            means[i * d + 2] = (float) (0.05 * rng.nextGaussian()); // variance 0.0025: below 0.01
        }

        assertThat(LatentCoverage.activeUnits(means, n, d)).isEqualTo(1);
    }

    @Test
    void klOfEachDimensionIsTheClosedFormMeanOverImages() {
        // Two images, two dimensions: (mu, log sigma^2) = (0, 0) is the prior itself (KL 0); (1, 0) gives 1/2;
        // (0, log 2) gives (2 - log 2 - 1) / 2.
        float[] means = {0, 0, 1, 0};
        float[] logVariances = {0, (float) Math.log(2), 0, (float) Math.log(2)};

        double[] kl = LatentCoverage.klPerDimension(means, logVariances, 2, 2);

        assertThat(kl[0]).isCloseTo(0.25, within(1e-7));
        assertThat(kl[1]).isCloseTo((2 - Math.log(2) - 1) / 2, within(1e-7));
    }

    @Test
    void priorDrawsOnTheEncodingsFindNoHolesAndFarOnesOnlyHoles() {
        int n = 400;
        int d = 2;
        float[] means = new float[n * d];
        Random rng = new Random(2);
        for (int i = 0; i < means.length; i++) {
            means[i] = (float) rng.nextGaussian();
        }
        float[] far = new float[50 * d];
        java.util.Arrays.fill(far, 40f);

        assertThat(LatentCoverage.priorHoles(means, n, means, n, d)).isZero();
        assertThat(LatentCoverage.priorHoles(far, 50, means, n, d)).isEqualTo(1.0);
    }

    @Test
    void encodingsCoveringOnlyHalfThePlaneLeaveAboutHalfThePriorInHoles() {
        int n = 4000;
        int d = 2;
        Random rng = new Random(3);
        float[] halfPlane = new float[n * d];
        float[] prior = new float[n * d];
        for (int i = 0; i < n; i++) {
            halfPlane[i * d] = (float) Math.abs(rng.nextGaussian());
            halfPlane[i * d + 1] = (float) rng.nextGaussian();
            prior[i * d] = (float) rng.nextGaussian();
            prior[i * d + 1] = (float) rng.nextGaussian();
        }

        assertThat(LatentCoverage.priorHoles(prior, n, halfPlane, n, d)).isBetween(0.35, 0.5);
    }
}
