package org.vaeexplorer.ui.tools;

import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.tools.dimensions.LatentDimensionsViewModel;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A 20-D latent in the real window: one slider per coordinate, and the traversal grid. */
class LatentDimensionsWindowTest extends TinyWindowTest {

    private static final int LATENT = 20;

    @BeforeAll
    static void tinyModel() throws Exception { // hides the 2-D one
        window = TinyWindow.withModel(dir, LATENT);
    }

    @Test
    void aSliderPerDimensionMovesThatCoordinateOfZAndThePlanePointFollows(FxRobot robot) throws Exception {
        window.awaitReady();
        LatentPlaneViewModel plane = app.viewModel().plane();
        // While the tab is hidden its sliders do not follow the point (nobody sees them); shown, they catch up.
        robot.clickOn("Dimensions");
        Slider hidden = robot.lookup("#latentSlider1").queryAs(Slider.class);
        robot.clickOn("#lossTab");
        double hiddenValue = hidden.getValue();
        robot.interact(() -> plane.moveLatentTo(withCoordinate(plane.latentProperty().get(), 1, (float) hiddenValue + 1.25f)));
        assertThat(hidden.getValue()).isEqualTo(hiddenValue);
        robot.clickOn("Dimensions");
        assertThat(hidden.getValue()).isCloseTo(plane.latentProperty().get()[1], within(1e-6));
        GridPane sliders = robot.lookup("#latentSliders").queryAs(GridPane.class);
        assertThat(sliders.getChildren().filtered(n -> n instanceof Slider)).hasSize(LATENT);
        float[] before = plane.latentProperty().get().clone();
        javafx.geometry.Point2D pointBefore = plane.pointProperty().get();
        Slider first = robot.lookup("#latentSlider1").queryAs(Slider.class);
        assertThat(first.getValue()).isCloseTo(before[1], within(1e-6));

        robot.drag(first.lookup(".thumb"), MouseButton.PRIMARY).moveBy(first.getWidth() / 3, 0).drop();

        WaitForAsyncUtils.waitForFxEvents();
        float[] after = plane.latentProperty().get();
        assertThat(after[1]).isCloseTo((float) first.getValue(), within(1e-6f)).isGreaterThan(before[1] + 0.5f);
        for (int j = 0; j < LATENT; j++) {
            if (j != 1) {
                assertThat(after[j]).isEqualTo(before[j]);
            }
        }
        // z is off the PCA plane now; the plane shows its projection.
        float[] u = new float[1];
        float[] v = new float[1];
        plane.projectionProperty().get().project(after, 1, u, v);
        assertThat(plane.pointProperty().get().getX()).isCloseTo(u[0], within(1e-4));
        assertThat(plane.pointProperty().get()).isNotEqualTo(pointBefore);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> java.util.Arrays.equals(plane.decodedProperty().get().z(), plane.latentProperty().get()));

        // Dragging on the plane moves the sliders with the point.
        robot.clickOn("#latentPlot");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getValue()).isCloseTo(plane.latentProperty().get()[1], within(1e-6));
    }

    @Test
    void theTraversalGridHasARowPerDimensionAndAColumnPerValue(FxRobot robot) throws Exception {
        window.awaitReady();
        robot.clickOn("Dimensions");
        LatentDimensionsViewModel vm = app.tools().dimensions();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm.traversalProperty().get() != null
                && java.util.Arrays.equals(vm.traversalProperty().get().z(), app.viewModel().plane().latentProperty().get()));
        WaitForAsyncUtils.waitForFxEvents(); // the grid is built on the FX thread
        LatentDimensionsViewModel.Traversal t = vm.traversalProperty().get();
        assertThat(t.grid().count()).isEqualTo(LATENT * LatentPaths.TRAVERSAL_VALUES.length);
        GridPane grid = robot.lookup("#traversalGrid").queryAs(GridPane.class);
        assertThat(grid.getChildren().filtered(n -> n instanceof javafx.scene.image.ImageView)).hasSize(LATENT);
    }

    private static float[] withCoordinate(float[] z, int dimension, float value) {
        float[] moved = z.clone();
        moved[dimension] = value;
        return moved;
    }
}
