package org.vaeexplorer.ui.plane;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.analysis.LatentProjection;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriorContoursTest {

    @Test
    void aTwoDimensionalLatentGetsTheOneAndTwoSigmaCirclesAroundTheOrigin() {
        Viewport v = Viewport.fit(-1, 5, -3, 3, 600, 600); // the origin off centre, 100 px per unit

        List<PriorContours.Circle> circles = PriorContours.of(LatentProjection.axes(2), v);

        assertThat(circles).extracting(PriorContours.Circle::sigma).containsExactly(1.0, 2.0);
        for (PriorContours.Circle c : circles) {
            assertThat(c.centreX()).isCloseTo(v.toX(0), within(1e-9));
            assertThat(c.centreY()).isCloseTo(v.toY(0), within(1e-9));
            // the circle passes through z = (sigma, 0) and (0, sigma)
            assertThat(c.centreX() + c.radius()).isCloseTo(v.toX(c.sigma()), within(1e-9));
            assertThat(c.centreY() - c.radius()).isCloseTo(v.toY(c.sigma()), within(1e-9));
        }
    }

    @Test
    void aOneDimensionalLatentHasNoPlaneForThePrior() {
        assertThat(PriorContours.of(LatentProjection.axes(1), Viewport.fit(-3, 3, -3, 3, 300, 300))).isEmpty();
        assertThat(PriorContours.of(null, Viewport.fit(-3, 3, -3, 3, 300, 300))).isEmpty();
    }
}
