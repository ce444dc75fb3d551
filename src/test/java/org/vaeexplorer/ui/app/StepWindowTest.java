package org.vaeexplorer.ui.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.training.StepInspector;
import org.vaeexplorer.ui.training.TrainingViewModel.RunState;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Step while paused, in the real window: the keys, the panel and the plane's arrows. */
class StepWindowTest extends TinyWindowTest {

    @Test
    void whilePausedSAndShiftSStepTheRunAndThePanelAndPlaneShowTheLastStep(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            vm().training().form().epochsProperty().set("400");
            vm().training().form().learningRateProperty().set("0.002"); // a new model
        });
        assertThat(robot.lookup("#stepPanel").query().isVisible()).isFalse();
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().training().progressProperty().get() > 0);
        robot.clickOn("#pauseButton");
        assertThat(vm().training().stateProperty().get()).isEqualTo(RunState.PAUSED);
        assertThat(robot.lookup("#stepPanel").query().isVisible()).isTrue();
        StepInspector steps = vm().training().steps();

        robot.clickOn("#latentPlot"); // the keys act where no text field has the focus
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> steps.shownProperty().get() != null && !steps.steppingProperty().get());
        long first = steps.shownProperty().get().iteration();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stepWhere").queryAs(Label.class).getText()).contains(String.format("iteration %,d", first));
        // A name, a bar and a value for each layer of the tiny MLP: encoder, the two heads, decoder, output.
        assertThat(robot.lookup("#stepGradients").queryAs(GridPane.class).getChildren()).hasSize(5 * 3);
        assertThat(vm().plane().movedEncodingsProperty().get().count()).isEqualTo(32);

        robot.press(KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> steps.shownProperty().get().iteration() == first + 10 && !steps.steppingProperty().get());
        assertThat(vm().training().stateProperty().get()).as("still paused after the steps").isEqualTo(RunState.PAUSED);

        // The panel has scrolled the column down to itself, past the Resume button: Space resumes.
        robot.type(KeyCode.SPACE);
        assertThat(vm().training().stateProperty().get()).isEqualTo(RunState.RUNNING);
        assertThat(robot.lookup("#stepPanel").query().isVisible()).isFalse();
        assertThat(vm().plane().movedEncodingsProperty().get()).isNull();
        robot.interact(() -> vm().training().stop());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !vm().training().activeBinding().get());
    }
}
