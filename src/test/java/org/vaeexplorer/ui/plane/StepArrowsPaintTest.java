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

/** The arrows of a training step on the plane: drawn where the encodings moved, lengthened as the caption says. */
@ExtendWith(ApplicationExtension.class)
class StepArrowsPaintTest {

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
}
