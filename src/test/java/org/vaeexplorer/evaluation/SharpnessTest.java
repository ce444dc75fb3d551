package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

class SharpnessTest {

    private static final int SIDE = 28;

    @Test
    void aFlatImageHasNone() {
        float[] grey = new float[SIDE * SIDE];
        Arrays.fill(grey, 0.4f);

        assertThat(Sharpness.mean(grey, 1, SIDE, SIDE)).isZero();
    }

    /**
     * On a 0/1 checkerboard every inner pixel's four neighbours are the other colour: the Laplacian is +4 at a 0 and
     * -4 at a 1, as many of each over the 26x26 inner pixels, so its variance is 16.
     */
    @Test
    void aCheckerboardHasVarianceSixteen() {
        float[] board = new float[SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                board[r * SIDE + c] = (r + c) % 2;
            }
        }

        assertThat(Sharpness.mean(board, 1, SIDE, SIDE)).isCloseTo(16, within(1e-12));
    }

    @Test
    void theMeanIsOverImages() {
        float[] two = new float[2 * SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                two[SIDE * SIDE + r * SIDE + c] = (r + c) % 2; // the second image is the checkerboard
            }
        }

        assertThat(Sharpness.mean(two, 2, SIDE, SIDE)).isCloseTo(8, within(1e-12));
    }
}
