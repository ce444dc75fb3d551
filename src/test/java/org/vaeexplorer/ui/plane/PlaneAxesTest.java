package org.vaeexplorer.ui.plane;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tick spacing and labels of the latent plane's axes. */
class PlaneAxesTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(PlaneAxes.niceStep(1.3)).isEqualTo(1);
        assertThat(PlaneAxes.niceStep(1.6)).isEqualTo(2);
        assertThat(PlaneAxes.niceStep(4.0)).isEqualTo(5);
        assertThat(PlaneAxes.niceStep(0.03)).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aShortAxisStillGetsAtLeastThreeTicks() {
        double span = 7.4; // a plot 275 px high showing the latent means of a 2-D MNIST model
        double step = PlaneAxes.tickStep(span, 275);

        assertThat(Math.floor(span / step)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void labelsShowTheDecimalsTheStepNeedsAndARealMinusSign() {
        assertThat(PlaneAxes.format(-2, 1)).isEqualTo("\u22122");
        assertThat(PlaneAxes.format(0.30000000000000004, 0.1)).isEqualTo("0.3");
        assertThat(PlaneAxes.format(-1e-17, 0.5)).isEqualTo("0.0");
    }
}
