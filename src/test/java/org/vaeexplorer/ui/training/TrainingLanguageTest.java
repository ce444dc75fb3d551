package org.vaeexplorer.ui.training;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.plane.DecodedDigitView;
import org.vaeexplorer.ui.plane.LatentPlaneView;
import org.vaeexplorer.ui.plane.ReconstructionView;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.runs.RunsView;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.util.ArrayList;
import java.util.List;
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
    void aHyperparameterOutsideTheModelsLimitsIsRefusedInTheWindowsLanguage(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            I18n.use(Language.SIMPLIFIED_CHINESE);
            vm().training().form().latentSizeProperty().set("600");
        });

        String chinese = text(robot, "#validationMessage");
        assertThat(chinese).matches(HAS_CHINESE).contains("600").contains("512").doesNotContainIgnoringCase("latent");

        robot.interact(() -> I18n.use(Language.ENGLISH));

        assertThat(text(robot, "#validationMessage")).isEqualTo("Latent size must be 1..512, got 600");
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
        assertThat(text(robot, "#outcomeMessage")).matches(HAS_CHINESE).doesNotContain("stopped at"); // told from its figures

        robot.interact(() -> I18n.use(Language.ENGLISH));
        assertThat(row.settingsProperty().get()).contains("lr=2e-3");
        assertThat(row.epochsProperty().get()).matches("\\d+ of 400");
        assertThat(text(robot, "#outcomeMessage")).startsWith("Stopped: stopped at epoch ");
    }

    @Test
    void inChineseAt1280x720NothingOfTheTrainingColumnThePlaneOrTheRunsIsCutNormalOrPresenter(FxRobot robot)
            throws Exception {
        awaitReady();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            I18n.use(Language.SIMPLIFIED_CHINESE);
            vm().training().form().epochsProperty().set("400");
            vm().training().form().learningRateProperty().set("0.002");
        });
        robot.clickOn("#runsTab");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().training().progressProperty().get() > 0);
        robot.clickOn("#pauseButton");
        StepInspector steps = vm().training().steps();
        robot.interact(() -> steps.step(1)); // the step panel open, with a step shown
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> steps.shownProperty().get() != null && !steps.steppingProperty().get());
        TinyWindow.awaitFrames(8);
        List<String> cut = new ArrayList<>(WaitForAsyncUtils.asyncFx(() -> cutTexts(stage.getScene().getRoot())).get());

        robot.clickOn("#latentPlot"); // the keys act where no text field has the focus
        robot.type(KeyCode.P);
        TinyWindow.awaitFrames(8);
        cut.addAll(WaitForAsyncUtils.asyncFx(() -> cutTexts(stage.getScene().getRoot())).get());
        robot.type(KeyCode.P);
        robot.interact(() -> vm().training().stop());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !vm().training().activeBinding().get());

        assertThat(cut).as("texts of the training column, the plane's panels and the Runs tab cut short").isEmpty();
    }

    /** The views this test's texts are in: the training column, the plane's band and the Runs tab. */
    private static final List<Class<?>> OURS = List.of(TrainingControlsView.class, PresetsView.class, StepView.class,
            LatentPlaneView.class, DecodedDigitView.class, ReconstructionView.class, RunsView.class);

    /** Each visible text of our views whose skin shows "…" instead of all of it (a choice box's too). */
    private static List<String> cutTexts(Node node) {
        List<String> cut = new ArrayList<>();
        if (!node.isVisible()) {
            return cut;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty() && isOurs(node)) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !labeled.getText().equals(shown.getText())) {
                    cut.add("\"" + shown.getText() + "\" instead of \"" + labeled.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cut.addAll(cutTexts(child));
            }
        }
        return cut;
    }

    private static boolean isOurs(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Node at = n;
            if (OURS.stream().anyMatch(c -> c.isInstance(at))) {
                return true;
            }
        }
        return false;
    }

    private static final String HAS_CHINESE = "(?s).*[\\u4e00-\\u9fff].*";

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
