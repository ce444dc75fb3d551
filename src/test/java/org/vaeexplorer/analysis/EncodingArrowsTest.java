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
    void lengthensTheArrowsByARoundFactorUntilTheMedianOneCanBeSeen() {
        // Moves of 0.01, 0.02 and 0.03 units; 100 pixels a unit: the median arrow is 2 pixels.
        EncodingArrows small = EncodingArrows.of(LatentProjection.axes(2),
                new float[] {0, 0, 0, 0, 0, 0}, new float[] {0.01f, 0, 0, 0.02f, 0.03f, 0}, 3);
        assertThat(small.magnification(100, 16)).isEqualTo(10); // 2 px x 5 = 10 < 16 <= 20 = 2 px x 10
        assertThat(small.magnification(100, 3.5)).isEqualTo(2);
        assertThat(small.magnification(100, 1)).isEqualTo(1); // long enough already
        assertThat(small.magnification(1, 16)).isEqualTo(1000); // 0.02 px x 1000 = 20
    }

    @Test
    void arrowsThatDidNotMoveAreNotLengthened() {
        EncodingArrows still = EncodingArrows.of(LatentProjection.axes(2), new float[] {1, 1}, new float[] {1, 1}, 1);
        assertThat(still.magnification(100, 16)).isEqualTo(1);
    }
}
