package org.vaeexplorer.ui.training;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training column, the plane and the Runs tab follow View &gt; Language at once: their labels, a tooltip and
 * the texts that show values read Chinese as soon as the language changes, without reopening anything, and
 * English again after.
 */
class TrainingLanguageTest extends TinyWindowTest {

    @AfterEach
    void english() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.use(Language.ENGLISH)).get();
    }

    @Test
    void theTrainingColumnThePlaneAndTheRunsTabSwitchToChineseAtOnceAndBack(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#runsTab"); // the Runs tab builds its table when first shown
        WaitForAsyncUtils.waitForFxEvents();
        String loaded = text(robot, "#loadedModel");
        String progress = text(robot, "#progressText");
        assertThat(loaded).startsWith("Loaded model: ");
        String train = text(robot, "#trainButton");
        assertThat(train).isEqualTo("Train new model"); // the tiny model has trained all its epochs

        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));

        for (String id : new String[] {"#trainButton", "#pauseButton", "#stopButton", "#resetButton", "#manifoldToggle",
                "#planeTitle", "#planeHint", "#decodedTitle", "#makeCurrentButton", "#evaluationColumnsBox", "#stepOneButton"}) {
            assertThat(text(robot, id)).as(id).matches(HAS_CHINESE);
        }
        assertThat(robot.lookup("#presetBox").queryAs(ComboBox.class).getPromptText()).matches(HAS_CHINESE);
        assertThat(robot.lookup("#trainButton").queryAs(Control.class).getTooltip().getText()).matches(HAS_CHINESE);
        assertThat(robot.lookup("#latentField").queryAs(Control.class).getTooltip().getText()).matches(HAS_CHINESE);
        assertThat(((Label) robot.lookup("#runsTable").queryAs(TableView.class).getPlaceholder()).getText())
                .matches(HAS_CHINESE);
        // Texts that show values: the model's settings and how far it trained, each number kept.
        String chineseLoaded = text(robot, "#loadedModel");
        assertThat(chineseLoaded).matches(HAS_CHINESE).doesNotContain("Loaded model").contains("784-");
        assertThat(text(robot, "#progressText")).matches(HAS_CHINESE).doesNotContain("Trained");

        robot.interact(() -> I18n.use(Language.ENGLISH));

        assertThat(text(robot, "#loadedModel")).isEqualTo(loaded);
        assertThat(text(robot, "#progressText")).isEqualTo(progress);
        assertThat(text(robot, "#trainButton")).isEqualTo(train);
        assertThat(text(robot, "#pauseButton")).isEqualTo("Pause");
    }

    @Test
    void aSteppedRunAndItsRowInTheRunsTabReadChineseWithTheirFigures(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#runsTab");
        robot.interact(() -> {
            I18n.use(Language.SIMPLIFIED_CHINESE);
            vm().training().form().epochsProperty().set("400");
            vm().training().form().learningRateProperty().set("0.002"); // a new model
        });
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().training().progressProperty().get() > 0);
        robot.clickOn("#pauseButton");
        StepInspector steps = vm().training().steps();
        robot.interact(() -> steps.step(1));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> steps.shownProperty().get() != null && !steps.steppingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        long iteration = steps.shownProperty().get().iteration();
        assertThat(text(robot, "#stepWhere")).matches(HAS_CHINESE).contains(String.format("%,d", iteration));
        assertThat(text(robot, "#pauseButton")).isEqualTo("\u7ee7\u7eed"); // 继续: Resume
        assertThat(robot.lookup("#stepGradients .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("\u7f16\u7801\u5668")); // 编码器 1: encoder 1

        robot.interact(() -> vm().training().stop());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().training().activeBinding().get() && vm().runs().runs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        RunEntry row = vm().runs().runs().get(0);
        assertThat(row.settingsProperty().get()).contains("\u5b66\u4e60\u7387=2e-3"); // 学习率: lr
        assertThat(text(robot, "#outcomeMessage")).matches(HAS_CHINESE);

        robot.interact(() -> I18n.use(Language.ENGLISH));
        assertThat(row.settingsProperty().get()).contains("lr=2e-3");
        assertThat(row.epochsProperty().get()).matches("\\d+ of 400");
        assertThat(text(robot, "#outcomeMessage")).startsWith("Stopped: stopped at epoch ");
    }

    private static final String HAS_CHINESE = "(?s).*[\\u4e00-\\u9fff].*";

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
