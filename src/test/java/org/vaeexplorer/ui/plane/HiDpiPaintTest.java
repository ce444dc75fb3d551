package org.vaeexplorer.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LatentAnalyzer;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;

/**
 * On a HiDPI screen (render scale 2) the views that paint pixels themselves paint twice as many each way, so
 * that the scatter's dots and the decoded digit are drawn at the screen's resolution, not stretched.
 */
@ExtendWith(ApplicationExtension.class)
class HiDpiPaintTest {

    private static final int DIGIT_SCALE = 6;
    private static Dataset data;
    private static ModelFile tiny;

    private Stage stage;
    private LatentPlaneView plane;
    private DecodedDigitView digit;

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        data = TestModels.tinyData();
        tiny = TestModels.trainedModel(data, 2, 1);
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        LatentPlaneViewModel vm = new LatentPlaneViewModel(new SynchronousBackgroundExecutor());
        vm.setModel(ModelParams.frozen(tiny.config(), tiny.params()));
        vm.setAnalysis(new LatentAnalyzer().run(tiny.toVae(),
                new LatentAnalyzer.Query(data.test(), new int[] {0, 1}, null, 0)));
        plane = new LatentPlaneView(vm);
        digit = new DecodedDigitView(vm, DIGIT_SCALE);
        plane.setPrefSize(500, 400);
        primary.setScene(new Scene(new HBox(plane, digit)));
        primary.show();
    }

    private void renderAt(double scale) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDecodedDigitIsPaintedInDevicePixels() throws Exception {
        renderAt(1);
        WritableImage single = digit.image();
        int[] onePerPixel = WaitForAsyncUtils.asyncFx(() -> argb(single)).get();
        assertThat(single.getWidth()).isEqualTo(28.0 * DIGIT_SCALE);

        renderAt(2);
        WritableImage doubled = digit.image();

        assertThat(doubled.getWidth()).isEqualTo(2 * 28.0 * DIGIT_SCALE);
        assertThat(doubled.getHeight()).isEqualTo(2 * 28.0 * DIGIT_SCALE);
        // the same digit: each device pixel has the colour of the layout pixel it lies in
        int width = (int) single.getWidth();
        PixelReader reader = doubled.getPixelReader();
        int[] sampled = WaitForAsyncUtils.asyncFx(() -> {
            int[] out = new int[onePerPixel.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = reader.getArgb(2 * (i % width), 2 * (i / width));
            }
            return out;
        }).get();
        assertThat(sampled).isEqualTo(onePerPixel);
        assertThat(digit.lookup("#decodedDigit").getLayoutBounds().getWidth()).isEqualTo(28.0 * DIGIT_SCALE);
    }

    @Test
    void theScatterIsPaintedInDevicePixels() throws Exception {
        renderAt(1);
        double layoutWidth = plane.raster().getWidth();
        double layoutHeight = plane.raster().getHeight();

        renderAt(2);

        assertThat(plane.raster().getWidth()).isEqualTo(2 * layoutWidth);
        assertThat(plane.raster().getHeight()).isEqualTo(2 * layoutHeight);
    }

    private static int[] argb(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = image.getPixelReader().getArgb(i % w, i / w);
        }
        return out;
    }
}
