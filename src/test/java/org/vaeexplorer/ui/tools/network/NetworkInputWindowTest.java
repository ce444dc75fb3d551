package org.vaeexplorer.ui.tools.network;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.plane.Viewport;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The image the Network tab takes through the model is the one the class looked at last: drawn, or picked on the plane. */
class NetworkInputWindowTest extends TinyWindowTest {

    /** The plot's margin left of and above the plane (PlaneAxes.LEFT, TOP). */
    private static final double PLOT_LEFT = 70;
    private static final double PLOT_TOP = 10;

    private float[] input() {
        NetworkViewModel.Shown shown = app.tools().network().shownProperty().get();
        return shown == null ? null : shown.trace().input();
    }

    /** The test digit whose dot lies farthest from every other dot on screen, so a double-click picks it alone. */
    private static int loneDot(LatentScatter s, Viewport v) {
        int lone = -1;
        double loneDistance = -1;
        for (int i = 0; i < s.size(); i++) {
            double x = v.toX(s.u()[i]);
            double y = v.toY(s.v()[i]);
            if (x < 10 || y < 10 || x > v.width() - 10 || y > v.height() - 10) {
                continue;
            }
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < s.size(); j++) {
                if (j != i) {
                    nearest = Math.min(nearest, Math.hypot(v.toX(s.u()[j]) - x, v.toY(s.v()[j]) - y));
                }
            }
            if (nearest > loneDistance) {
                lone = i;
                loneDistance = nearest;
            }
        }
        return lone;
    }

    @Test
    void aDrawnDigitAndThenADotDoubleClickedOnThePlaneGoThroughTheNetwork(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#drawTab");
        ImageView pad = robot.lookup("#drawingPad").queryAs(ImageView.class);
        robot.drag(pad, MouseButton.PRIMARY).moveBy(0, -50).moveBy(20, 40).drop();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> app.tools().drawing().reconstructionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        float[] drawn = app.tools().drawing().framedProperty().get().pixels();

        robot.clickOn("#networkTab");

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> Arrays.equals(input(), drawn));
        Label source = robot.lookup("#networkSource").queryAs(Label.class);
        assertThat(source.getText()).isEqualTo("x: drawn on the pad");

        LatentScatter scatter = app.viewModel().plane().scatterProperty().get();
        Viewport v = app.viewModel().plane().viewportProperty().get();
        int dot = loneDot(scatter, v);
        Node plot = robot.lookup("#latentPlot").query();
        Point2D onScreen = plot.localToScreen(PLOT_LEFT + v.toX(scatter.u()[dot]), PLOT_TOP + v.toY(scatter.v()[dot]));
        robot.moveTo(onScreen).doubleClickOn(MouseButton.PRIMARY);

        float[] testDigit = app.viewModel().dataProperty().get().test().scaledImages(new int[] {dot});
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> Arrays.equals(input(), testDigit));
        assertThat(source.getText()).isEqualTo("x: test digit #" + dot + ", picked on the plane");
        assertThat(robot.lookup("#networkIndex").queryAs(Spinner.class).getValue()).isEqualTo(dot);
    }
}
