package org.vaeexplorer.ui.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.charts.LossChartView;
import org.vaeexplorer.ui.session.CurrentModel;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven by a robot, headless under Monocle, with a tiny model and synthetic digits. */
class ExplorerWindowTest extends TinyWindowTest {

    @Test
    void opensWithTheModelLoadedAndSaysWhichModelAndData(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#modelStatus").queryAs(Label.class).getText()).startsWith("Model: tiny.zip (2-D, hidden 16");
        assertThat(robot.lookup("#dataStatus").queryAs(Label.class).getText()).startsWith("Data: synthetic");
        assertThat(robot.lookup("#latentText").queryAs(Label.class).getText()).isEqualTo("z = (0.00, 0.00)");
        Image digit = robot.lookup("#decodedDigit").queryAs(ImageView.class).getImage();
        assertThat(digit.getWidth()).isEqualTo(28.0 * 6);
        assertThat(robot.lookup("#trainButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void draggingThePointChangesZAndTheDecodedPixels(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.waitForFxEvents();
        Label z = robot.lookup("#latentText").queryAs(Label.class);
        ImageView digit = robot.lookup("#decodedDigit").queryAs(ImageView.class);
        String zBefore = z.getText();
        int[] pixelsBefore = WaitForAsyncUtils.asyncFx(() -> pixels(digit.getImage())).get();

        Node plot = robot.lookup("#latentPlot").query();
        robot.drag(plot, MouseButton.PRIMARY).moveBy(60, -20).moveBy(60, -20).drop();

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !z.getText().equals(zBefore));
        float[] latent = vm().plane().latentProperty().get();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> java.util.Arrays.equals(vm().plane().decodedProperty().get().z(), latent));
        WaitForAsyncUtils.waitForFxEvents();
        int[] pixelsAfter = WaitForAsyncUtils.asyncFx(() -> pixels(digit.getImage())).get();
        assertThat(latent[0]).isPositive(); // dragged right and up from the middle
        assertThat(latent[1]).isPositive();
        assertThat(pixelsAfter).isNotEqualTo(pixelsBefore);
    }

    @Test
    void clickingMovesThePointAndArrowKeysNudgeIt(FxRobot robot) throws Exception {
        awaitReady();
        Node plot = robot.lookup("#latentPlot").query();
        robot.clickOn(plot);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D centre = vm().plane().pointProperty().get();
        robot.moveBy(-80, 40).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            javafx.geometry.Point2D p = vm().plane().pointProperty().get();
            return p.getX() < centre.getX() && p.getY() < centre.getY(); // left and down: v grows upwards
        });
        double x = vm().plane().pointProperty().get().getX();

        robot.type(KeyCode.RIGHT);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().plane().pointProperty().get().getX() > x);
    }

    @Test
    void trainMakesTheChartsGainPointsPauseParksTheRunAndResumeGoesOn(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            vm().training().form().epochsProperty().set("400");
            vm().training().form().learningRateProperty().set("0.002"); // a new model
        });
        LossChartView charts = robot.lookup("#lossCharts").queryAs(LossChartView.class);
        ProgressBar progress = robot.lookup("#progressBar").queryAs(ProgressBar.class);
        assertThat(robot.lookup("#trainButton").queryAs(Button.class).getText()).isEqualTo("Train new model");

        robot.clickOn("#trainButton");

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> trainPoints(charts) > 0 && progress.getProgress() > 0);
        robot.clickOn("#pauseButton");
        assertThat(robot.lookup("#pauseButton").queryAs(Button.class).getText()).isEqualTo("Resume");
        // The minibatch under way finishes, then the training thread waits to be resumed: no work while paused.
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, ExplorerWindowTest::trainerWaitsToBeResumed);
        int pointsWhenPaused = trainPoints(charts);

        robot.clickOn("#pauseButton"); // resume
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> trainPoints(charts) > pointsWhenPaused);
        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !vm().training().activeBinding().get());
        assertThat(robot.lookup("#outcomeMessage").queryAs(Label.class).getText()).startsWith("Stopped:");
    }

    /** The live training thread is parked in the trainer's own wait (not in a library's). */
    private static boolean trainerWaitsToBeResumed() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("vae-trainer") && e.getKey().isAlive())
                .anyMatch(e -> e.getKey().getState() == Thread.State.WAITING && java.util.Arrays.stream(e.getValue())
                        .filter(frame -> !frame.getClassName().startsWith("java."))
                        .findFirst().map(frame -> frame.getClassName().startsWith("org.vaeexplorer.train.")).orElse(false));
    }

    @Test
    void openingACorruptModelShowsAnErrorDialogAndKeepsTheOldModel(FxRobot robot) throws Exception {
        awaitReady();
        CurrentModel before = vm().modelProperty().get();
        dialogs.modelToOpen = TestModels.corruptFile(dir);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open the model");
        assertThat(((Label) dialog.getContent()).getText()).contains("corrupt.zip").contains("current model is still loaded");
        assertThat(vm().modelProperty().get()).isSameAs(before);
        assertThat(robot.lookup("#modelStatus").queryAs(Label.class).getText()).startsWith("Model: tiny.zip");

        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().errorProperty().get() == null);
    }

    @Test
    void theManifoldKeyShowsDecodingsOverThePlane(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#latentPlot");

        robot.type(KeyCode.M);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().plane().manifoldProperty().get() != null);
        assertThat(vm().plane().manifoldProperty().get().tiles().count()).isGreaterThan(4);
    }

    private static int trainPoints(LossChartView charts) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> charts.pointCount(LossCurves.Quantity.NEGATIVE_ELBO, LossCurves.Split.TRAIN)).get();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = reader.getArgb(x, y);
            }
        }
        return out;
    }
}
