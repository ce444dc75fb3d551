package org.vaeexplorer.ui.evaluate;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evaluate tab in the real window on the tiny model, driven by a robot, headless under Monocle. */
class EvaluateWindowTest extends TinyWindowTest {

    @Test
    void theShortcutEvaluatesTheModelOnScreenAndTheFiguresGoStaleWhenTrainingGoesOn(FxRobot robot) throws Exception {
        awaitReady();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evaluateTab").queryAs(javafx.scene.Node.class)).isNotNull();
        assertThat(robot.lookup("#evaluatePanel").tryQuery()).as("the evaluation shows its tab").isPresent();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS * 3, TimeUnit.SECONDS,
                () -> vm().evaluation().figuresProperty().get() != null && !vm().evaluation().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        for (String figure : new String[] {"#elboFigure", "#iwaeFigure", "#gapFigure", "#confidenceFigure",
            "#frechetFigure", "#sharpnessFigure", "#accuracyFigure", "#activeFigure", "#holesFigure"}) {
            Label value = robot.lookup(figure).queryAs(Label.class);
            assertThat(value.getText()).as(figure).matches(".*\\d.*");
            assertThat(value.isVisible()).isTrue();
        }
        assertThat(robot.lookup("#iwaeFigure").queryAs(Label.class).getText()).contains("k = 100");
        assertThat(robot.lookup("#classBars").queryAs(HBox.class).getChildren()).hasSize(10);
        assertThat(robot.lookup("#klBars").queryAs(HBox.class).getChildren()).hasSize(2);
        assertThat(robot.lookup("#densityView").queryAs(DensityView.class).density()).isNotNull();
        assertThat(robot.lookup("#evaluateFigures").queryAs(javafx.scene.Node.class).getOpacity()).isEqualTo(1.0);

        robot.interact(() -> vm().training().form().epochsProperty().set("1"));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().evaluation().staleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#evaluateStatus").queryAs(Label.class).getText()).contains("earlier model");
        assertThat(robot.lookup("#evaluateFigures").queryAs(javafx.scene.Node.class).getOpacity()).isLessThan(1.0);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().training().activeBinding().get() && vm().runs().runs().size() == 1);

        // The model on screen is now the kept run's: its evaluation is kept beside it and shown in the Runs tab.
        robot.clickOn("#evaluateButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS * 3, TimeUnit.SECONDS,
                () -> !vm().evaluation().busyProperty().get() && !vm().evaluation().staleProperty().get());
        String id = vm().runs().runs().get(0).id();
        assertThat(robot.lookup("#evaluateStatus").queryAs(Label.class).getText()).contains("kept with run " + id);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().runs().runs().get(0).iwaeProperty().get().isEmpty());
        assertThat(vm().runs().folder().resolve(id + ".evaluation.json")).isRegularFile();
        robot.clickOn("#runsTab");
        TableView<?> table = robot.lookup("#runsTable").queryAs(TableView.class);
        int columns = table.getColumns().size();
        robot.clickOn("#evaluationColumnsBox");
        assertThat(table.getColumns()).hasSize(columns + 6);
        assertThat(table.getColumns().get(columns).getCellData(0)).isEqualTo(vm().runs().runs().get(0).iwaeProperty().get());
    }
}
