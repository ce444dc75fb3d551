package org.vaeexplorer.ui.fx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class colours stay apart for colour-blind viewers and on a washed-out projector: every pair's
 * CIELAB distance (ΔE*ab, 1976) is above {@link #MIN_DISTANCE} for normal vision, under deuteranopia
 * and protanopia simulated with Machado, Oliveira &amp; Fernandes (2009)'s matrices at severity 1, and with
 * every colour mixed 40% towards white.
 */
class PaletteTest {

    /** About the difference between two neighbouring hues of a qualitative palette on a good screen. */
    static final double MIN_DISTANCE = 20;

    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};

    private enum Viewer { NORMAL, DEUTERANOPIA, PROTANOPIA, WASHED_OUT }

    private static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of {@code rgb} as {@code viewer} sees it. */
    private static double[] lab(int rgb, Viewer viewer) {
        double[] s = {((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0};
        if (viewer == Viewer.WASHED_OUT) {
            for (int i = 0; i < 3; i++) {
                s[i] = 0.6 * s[i] + 0.4;
            }
        }
        double[] lin = {toLinear(s[0]), toLinear(s[1]), toLinear(s[2])};
        double[][] m = viewer == Viewer.DEUTERANOPIA ? DEUTERANOPIA : viewer == Viewer.PROTANOPIA ? PROTANOPIA : null;
        if (m != null) {
            double[] sim = new double[3];
            for (int i = 0; i < 3; i++) {
                sim[i] = Math.max(0, Math.min(1, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
            }
            lin = sim;
        }
        double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
        double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    @Test
    void everyPairOfClassColoursStaysApartForEveryViewer() {
        int[] colours = Theme.DIGIT_RGB;
        assertThat(colours).hasSize(10).doesNotHaveDuplicates();
        for (Viewer viewer : Viewer.values()) {
            for (int i = 0; i < colours.length; i++) {
                for (int j = i + 1; j < colours.length; j++) {
                    assertThat(distance(lab(colours[i], viewer), lab(colours[j], viewer)))
                            .as("classes %d and %d, %s", i, j, viewer)
                            .isGreaterThan(MIN_DISTANCE);
                }
            }
        }
    }

    @Test
    void everyClassColourStandsOutOnTheWhitePlaneAndTheManifoldsBlack() {
        for (Viewer viewer : Viewer.values()) {
            for (int i = 0; i < Theme.DIGIT_RGB.length; i++) {
                assertThat(distance(lab(Theme.DIGIT_RGB[i], viewer), lab(0xffffff, viewer)))
                        .as("class %d on white, %s", i, viewer).isGreaterThan(MIN_DISTANCE);
                assertThat(distance(lab(Theme.DIGIT_RGB[i], viewer), lab(0x000000, Viewer.NORMAL)))
                        .as("class %d on black, %s", i, viewer).isGreaterThan(MIN_DISTANCE);
            }
        }
    }
}
