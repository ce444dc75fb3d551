package org.vaeexplorer.ui.tools;

import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.AnomalyRanking;
import org.vaeexplorer.analysis.ImageMask;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.ProbeMarker;
import org.vaeexplorer.ui.plane.Viewport;
import org.vaeexplorer.ui.tools.anomalies.AnomalyViewModel;
import org.vaeexplorer.ui.tools.interpolate.InterpolationViewModel;
import org.vaeexplorer.ui.tools.repair.RepairView;
import org.vaeexplorer.ui.tools.repair.RepairViewModel;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The teaching tools in the real window, driven by a robot, headless, with a tiny 2-D model on synthetic digits. */
class LatentToolsWindowTest extends TinyWindowTest {

    private LatentPlaneViewModel plane() {
        return app.viewModel().plane();
    }

    @Test
    void drawingOnThePadShowsAMarkerWithItsEllipseOnThePlaneAndAReconstruction(FxRobot robot) throws Exception {
        window.awaitReady();
        robot.clickOn("Draw");
        ImageView pad = robot.lookup("#drawingPad").queryAs(ImageView.class);
        assertThat(pad.getImage().getWidth()).isEqualTo(28.0 * 5); // the model's 28x28 grid
        assertThat(plane().probeProperty().get()).isNull();

        robot.drag(pad, MouseButton.PRIMARY).moveBy(0, -50).moveBy(20, 40).drop();

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> plane().probeProperty().get() != null
                && app.tools().drawing().reconstructionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        GreyImages drawn = app.tools().drawing().drawingProperty().get();
        assertThat(inked(drawn)).isGreaterThan(10);
        // The marker sits at the drawing's posterior mean, as encoded by a network of our own.
        LatentProbe probe = plane().probeProperty().get();
        float[] mean = LatentPaths.encodeMean(org.vaeexplorer.store.ModelStore.load(window.modelFile()).toVae(),
                org.vaeexplorer.analysis.DigitFraming.frame(drawn.pixels(), 28, 28)); // framed as MNIST
        assertThat(probe.mean()).containsExactly(mean, within(1e-4f));
        ProbeMarker marker = robot.lookup("#probeMarker").queryAs(ProbeMarker.class);
        assertThat(marker.isVisible()).isTrue();
        Viewport v = plane().viewportProperty().get();
        assertThat(marker.centreX()).isCloseTo(v.toX(mean[0]) + 70, within(0.5)); // Plot.LEFT
        ImageView reconstruction = robot.lookup("#drawingReconstruction").queryAs(ImageView.class);
        assertThat(reconstruction.getImage()).isNotNull();
        assertThat(robot.lookup("#drawingSummary").queryLabeled().getText()).startsWith("\u03bc = (");

        robot.clickOn("#drawClear");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> plane().probeProperty().get() == null);
        assertThat(marker.isVisible()).isFalse();
    }

    @Test
    void movingTheInterpolationSliderMovesTheLatentPointAlongTheLine(FxRobot robot) throws Exception {
        window.awaitReady();
        robot.clickOn("Interpolate");
        InterpolationViewModel vm = app.tools().interpolation();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm.stripProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        InterpolationViewModel.Strip strip = vm.stripProperty().get();
        assertThat(strip.decodings().count()).isEqualTo(InterpolationViewModel.STEPS);
        assertThat(robot.lookup("#interpolationStrip").queryAs(ImageView.class).getImage()).isNotNull();
        Point2D before = plane().pointProperty().get();

        Slider slider = robot.lookup("#interpolationSlider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).moveBy(slider.getWidth() * 0.6, 0).drop();

        WaitForAsyncUtils.waitForFxEvents();
        double t = vm.positionProperty().get();
        assertThat(t).isBetween(0.3, 1.0);
        float[] expected = LatentPaths.along(strip.a(), strip.b(), t);
        assertThat(plane().latentProperty().get()).containsExactly(expected, within(1e-5f));
        assertThat(plane().pointProperty().get()).isNotEqualTo(before);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> java.util.Arrays.equals(plane().decodedProperty().get().z(), plane().latentProperty().get()));
    }

    @Test
    void rankingFillsTheListLeastLikelyFirst(FxRobot robot) throws Exception {
        window.awaitReady();
        robot.clickOn("Anomalies");
        FlowPane tiles = robot.lookup("#anomalyTiles").queryAs(FlowPane.class);
        assertThat(tiles.getChildren()).isEmpty();

        robot.clickOn("#rankButton");

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.tools().anomalies().rankingProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the tiles are built on the FX thread
        List<AnomalyRanking.Entry> entries = app.tools().anomalies().rankingProperty().get().entries();
        assertThat(tiles.getChildren()).hasSize(Math.min(AnomalyViewModel.SHOWN, TestModels.TEST_IMAGES));
        assertThat(entries).hasSize(tiles.getChildren().size());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).logProbability()).isGreaterThanOrEqualTo(entries.get(i - 1).logProbability());
        }
        assertThat(robot.lookup("#anomalyStatus").queryLabeled().getText()).contains("least likely");
    }

    @Test
    void repairKeepsTheKnownPixelsOfTheOriginal(FxRobot robot) throws Exception {
        window.awaitReady();
        robot.clickOn("Repair");
        RepairViewModel vm = app.tools().repair();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm.repairProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Image repaired = robot.lookup("#repairedImage").queryAs(ImageView.class).getImage();
        Image original = robot.lookup("#repairOriginal").queryAs(ImageView.class).getImage();
        boolean[] known = ImageMask.LOWER_HALF.known(28, 28);
        int scale = (int) (repaired.getWidth() / 28);
        int same = 0;
        int differs = 0;
        for (int i = 0; i < known.length; i++) {
            int x = (i % 28) * scale;
            int y = (i / 28) * scale;
            int a = argb(repaired, x, y);
            int b = argb(original, x, y);
            if (known[i]) {
                assertThat(a).as("known pixel %d", i).isEqualTo(b);
                same++;
            } else if (a != b) {
                differs++;
            }
        }
        assertThat(same).isEqualTo(28 * 14);
        assertThat(differs).isPositive(); // the hidden half was redrawn by the model, not copied

        // Painting on the hidden-part image switches to painted pixels and hides them.
        ImageView masked = robot.lookup("#repairMasked").queryAs(ImageView.class);
        robot.moveTo(masked).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm.hiddenProperty().get() == RepairViewModel.Hidden.PAINTED
                && hiddenCount(vm.repairProperty().get().known()) < 28 * 14);
        boolean[] paintedKnown = vm.repairProperty().get().known();
        assertThat(hiddenCount(paintedKnown)).isBetween(4, 16); // a brush of radius 1.5 pixels
        assertThat(paintedKnown[14 * 28 + 14]).isFalse(); // the click was in the middle
        Image maskedImage = masked.getImage();
        assertThat(argb(maskedImage, 14 * scale + 1, 14 * scale + 1)).isEqualTo(RepairView.HIDDEN_ARGB);
    }

    private static int hiddenCount(boolean[] known) {
        int n = 0;
        for (boolean k : known) {
            n += k ? 0 : 1;
        }
        return n;
    }

    private static int inked(GreyImages image) {
        int n = 0;
        for (float p : image.pixels()) {
            n += p > 0.5f ? 1 : 0;
        }
        return n;
    }

    private static int argb(Image image, int x, int y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PixelReader reader = image.getPixelReader();
            return reader.getArgb(x, y);
        }).get();
    }
}
