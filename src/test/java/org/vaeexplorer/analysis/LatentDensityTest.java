package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatentDensityTest {

    @Test
    void eachPointFallsInItsCellTopRowForLargeZ2() {
        // Four cells a side over [-3.5, 3.5]: (-3, 3) is top left, (1, -1) one right of the centre, one below.
        LatentDensity d = LatentDensity.of(new float[] {-3, 3, 1, -1, 1, -1, 0.5f, -0.5f}, 4, 4);

        assertThat(d.extent()).isEqualTo(LatentDensity.MIN_EXTENT);
        assertThat(d.shares()[0]).isEqualTo(0.25);
        assertThat(d.shares()[2 * 4 + 2]).isEqualTo(0.75);
        assertThat(d.peak()).isEqualTo(0.75);
        assertThat(Arrays.stream(d.shares()).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void theGridReachesTheFarthestEncoding() {
        LatentDensity d = LatentDensity.of(new float[] {0, 0, 8, -8}, 2, 10);

        assertThat(d.extent()).isEqualTo(8);
        assertThat(d.shares()[9 * 10 + 9]).as("bottom right").isEqualTo(0.5);
    }
}
