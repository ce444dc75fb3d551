package org.vaeexplorer.ui.plane;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the plot lays over its dots: the arrows of a training step, drawn where the encodings moved and lengthened as
 * the caption says; and the "drag the cross" hint, shown where it leaves the data room.
 */
@ExtendWith(ApplicationExtension.class)
class PlotOverlaysTest {

    private static ModelFile tiny;
    private LatentPlaneViewModel vm;
    private LatentPlot plot;

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        tiny = TestModels.trainedModel(TestModels.tinyData(), 2, 1);
    }

    @Start
    void start(Stage stage) {
        vm = new LatentPlaneViewModel(new SynchronousBackgroundExecutor());
        vm.setModel(ModelParams.frozen(tiny.config(), tiny.params()));
        plot = new LatentPlot(vm);
        stage.setScene(new Scene(new StackPane(plot), 500, 400));
        stage.show();
    }

    @Test
    void anArrowRunsFromTheEncodingBeforeTheStepTowardsTheOneAfter() throws Exception {
        Viewport v = vm.viewportProperty().get();
        // One image moved 1.5 pixels' worth to the right of the plane's centre: drawn 20 times longer (30 px).
        double u = v.centerU();
        double w = v.centerV();
        float move = (float) (1.5 * v.unitsPerPixel());
        WaitForAsyncUtils.asyncFx(() -> vm.showMovedEncodings(new MovedEncodings(new float[] {(float) u, (float) w},
                new float[] {(float) u + move, (float) w}, 1, 2))).get();
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> plot.snapshot(null, null)).get();
        PixelReader pixels = picture.getPixelReader();
        double y = PlaneAxes.TOP + v.toY(w);
        double x0 = PlaneAxes.LEFT + v.toX(u);
        assertThat(isDark(pixels.getColor((int) Math.round(x0 + 15), (int) Math.round(y)))).as("halfway along the arrow").isTrue();
        assertThat(isDark(pixels.getColor((int) Math.round(x0 + 45), (int) Math.round(y)))).as("beyond its head").isFalse();
        Label caption = (Label) plot.lookup("#stepArrowsCaption");
        assertThat(caption.isVisible()).isTrue();
        assertThat(caption.getText()).endsWith("\u00d720");
    }

    private static boolean isDark(Color c) {
        return c.getBrightness() < 0.3;
    }

    @Test
    void noArrowsNoCaption() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.showMovedEncodings(null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node caption = plot.lookup("#stepArrowsCaption");
        assertThat(caption.isVisible()).isFalse();
    }

    private void plotWidth(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            plot.setMaxWidth(width);
            plot.getParent().applyCss();
            plot.getParent().layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHintShowsInAWidePlotAndMakesWayInANarrowOne() throws Exception {
        Node hint = plot.lookup("#planeHint");

        plotWidth(480);
        assertThat(hint.isVisible()).as("in a plot of 480 pixels").isTrue();
        double hintWidth = hint.getLayoutBounds().getWidth();
        assertThat(hintWidth).isPositive();

        plotWidth(PlaneAxes.LEFT + PlaneAxes.RIGHT + hintWidth * 1.5);
        assertThat(plot.getWidth()).isLessThan(300);
        assertThat(hint.isVisible()).as("in a plot of %.0f pixels", plot.getWidth()).isFalse();

        plotWidth(480);
        assertThat(hint.isVisible()).as("wide again").isTrue();
    }
}
