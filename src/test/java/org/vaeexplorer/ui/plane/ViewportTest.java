package org.vaeexplorer.ui.plane;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {

    private final Viewport view = new Viewport(1, -2, 0.01, 400, 300);

    @Test
    void pixelsAndLatentUnitsAreInverse() {
        assertThat(view.toU(view.toX(1.37))).isCloseTo(1.37, within(1e-12));
        assertThat(view.toV(view.toY(-0.5))).isCloseTo(-0.5, within(1e-12));
        assertThat(view.toX(1)).isEqualTo(200);
        assertThat(view.toY(-2)).isEqualTo(150);
        assertThat(view.toY(-1)).isLessThan(150); // v grows upwards, pixel y downwards
    }

    @Test
    void fitShowsTheWholeRegionWithOneScaleForBothAxes() {
        Viewport fit = Viewport.fit(-3, 5, -1, 1, 400, 300);

        assertThat(fit.minU()).isLessThan(-3);
        assertThat(fit.maxU()).isGreaterThan(5);
        assertThat(fit.minV()).isLessThan(-1);
        assertThat(fit.maxV()).isGreaterThan(1);
        assertThat(fit.centerU()).isCloseTo(1, within(1e-12));
        assertThat((fit.maxU() - fit.minU()) / fit.width()).isCloseTo((fit.maxV() - fit.minV()) / fit.height(), within(1e-12));
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        double u = view.toU(50);
        double v = view.toV(80);
        Viewport zoomed = view.zoomedAt(50, 80, 2);

        assertThat(zoomed.unitsPerPixel()).isCloseTo(0.005, within(1e-12));
        assertThat(zoomed.toU(50)).isCloseTo(u, within(1e-12));
        assertThat(zoomed.toV(80)).isCloseTo(v, within(1e-12));
    }

    @Test
    void panMovesThePictureWithTheHand() {
        double u = view.toU(100);
        Viewport panned = view.panned(30, -10);

        assertThat(panned.toU(130)).isCloseTo(u, within(1e-12));
        assertThat(panned.toV(view.toY(0) - 10)).isCloseTo(0, within(1e-12));
    }

    @Test
    void resizingKeepsCentreAndScale() {
        Viewport bigger = view.resized(800, 600);

        assertThat(bigger.toU(400)).isEqualTo(1);
        assertThat(bigger.unitsPerPixel()).isEqualTo(0.01);
    }
}
