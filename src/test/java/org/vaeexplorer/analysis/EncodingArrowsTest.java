package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingArrowsTest {

    @Test
    void projectsBothEndsOntoThePlane() {
        // Latent 2: the plane's axes are z1 and z2.
        EncodingArrows arrows = EncodingArrows.of(LatentProjection.axes(2),
                new float[] {0, 0, 1, 2}, new float[] {0.5f, 0, 1, 1.5f}, 2);
        assertThat(arrows.fromU()).containsExactly(0, 1);
        assertThat(arrows.fromV()).containsExactly(0, 2);
        assertThat(arrows.toU()).containsExactly(0.5f, 1);
        assertThat(arrows.toV()).containsExactly(0, 1.5f);
    }

    @Test
    void lengthensTheArrowsByTheLargestRoundFactorThatKeepsNineInTenShort() {
        // Moves of 0.01, 0.02 and 0.03 units; 100 pixels a unit: the arrows are 1, 2 and 3 pixels, and the
        // one nine in ten stay within is the 2-pixel one.
        EncodingArrows small = EncodingArrows.of(LatentProjection.axes(2),
                new float[] {0, 0, 0, 0, 0, 0}, new float[] {0.01f, 0, 0, 0.02f, 0.03f, 0}, 3);
        assertThat(small.magnification(100, 30)).isEqualTo(10); // 2 px x 10 = 20 <= 30 < 40 = 2 px x 20
        assertThat(small.magnification(100, 10.5)).isEqualTo(5);
        assertThat(small.magnification(100, 1)).isEqualTo(1); // long enough already
        assertThat(small.magnification(1, 30)).isEqualTo(1000); // 0.02 px x 1000 = 20
    }

    @Test
    void arrowsThatDidNotMoveAreNotLengthened() {
        EncodingArrows still = EncodingArrows.of(LatentProjection.axes(2), new float[] {1, 1}, new float[] {1, 1}, 1);
        assertThat(still.magnification(100, 40)).isEqualTo(1);
    }
}
