package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DigitFramingTest {

    private static final int SIDE = 28;

    /** A small 7 drawn in the top left corner: a bar and a diagonal, 3 pixels thick. */
    private static float[] smallSevenTopLeft() {
        float[] p = new float[SIDE * SIDE];
        for (int c = 1; c <= 10; c++) {
            for (int t = 0; t < 3; t++) {
                p[(1 + t) * SIDE + c] = 1;
            }
        }
        for (int r = 4; r <= 12; r++) {
            int c = 10 - (r - 4) / 2;
            for (int t = 0; t < 3; t++) {
                p[r * SIDE + c - t] = 1;
            }
        }
        return p;
    }

    private static int[] box(float[] p) {
        int top = SIDE, bottom = -1, left = SIDE, right = -1;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (p[r * SIDE + c] > 0.05f) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        return new int[] {top, bottom, left, right};
    }

    private static double[] centreOfMass(float[] p) {
        double m = 0, y = 0, x = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                m += p[r * SIDE + c];
                y += p[r * SIDE + c] * (r + 0.5);
                x += p[r * SIDE + c] * (c + 0.5);
            }
        }
        return new double[] {y / m, x / m};
    }

    @Test
    void anOffCentreSmallSevenLandsCentredInATwentyPixelBox() {
        float[] drawn = smallSevenTopLeft();
        assertThat(centreOfMass(drawn)[0]).isLessThan(8); // far from the middle before

        float[] framed = DigitFraming.frame(drawn, SIDE, SIDE);

        int[] b = box(framed);
        int height = b[1] - b[0] + 1;
        int width = b[3] - b[2] + 1;
        assertThat(Math.max(height, width)).isBetween(20, 21); // the longer side fills the 20-pixel box
        double[] com = centreOfMass(framed);
        assertThat(com[0]).isCloseTo(SIDE / 2.0, within(0.5));
        assertThat(com[1]).isCloseTo(SIDE / 2.0, within(0.5));
        double ink = 0;
        for (float v : framed) {
            assertThat(v).isBetween(0f, 1f);
            ink += v;
        }
        assertThat(ink).isGreaterThan(20); // scaled up, not lost
    }

    @Test
    void anEmptyPadStaysEmpty() {
        assertThat(DigitFraming.frame(new float[SIDE * SIDE], SIDE, SIDE)).containsOnly(0f);
    }
}
