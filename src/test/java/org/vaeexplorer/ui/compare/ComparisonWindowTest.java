package org.vaeexplorer.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+K in the real window: a model file chosen, then the two decoders' samples side by side in their own window. */
class ComparisonWindowTest extends TinyWindowTest {

    @Test
    void theShortcutOpensTheSideBySideOfTheModelOnScreenAndTheChosenOne(FxRobot robot) throws Exception {
        awaitReady();
        Trainer trainer = new Trainer(window.data(), TestModels.tinyConfig(2, 1).withArchitecture(Architecture.CONVOLUTIONAL),
                null, new TrainingListener() { });
        trainer.start();
        Path conv = TestModels.save(trainer.await().model(), dir, "tiny-conv.zip");
        dialogs.modelToOpen = conv;

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);

        ComparisonViewModel comparison = vm().comparison();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> comparison.comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparisonOnScreenTitle").queryAs(Label.class).getText()).startsWith("MLP: ");
        assertThat(robot.lookup("#comparisonChosenTitle").queryAs(Label.class).getText()).isEqualTo("Convolutional: tiny-conv.zip");
        ImageView grid = robot.lookup("#comparisonChosenGrid").queryAs(ImageView.class);
        int cell = 28 * ComparisonView.SCALE;
        assertThat(grid.getImage().getWidth()).isEqualTo(ComparisonViewModel.COLUMNS * (cell + ComparisonView.GAP) - ComparisonView.GAP);
        assertThat(grid.getScene().getWindow().isShowing()).isTrue();
        assertThat(grid.getScene().getWindow()).isNotSameAs(stage);
        long seed = comparison.comparisonProperty().get().seed();

        robot.clickOn("#comparisonNewPoints");

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> comparison.comparisonProperty().get().seed() != seed);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getScene().getWindow().isShowing()).isFalse();
    }
}
