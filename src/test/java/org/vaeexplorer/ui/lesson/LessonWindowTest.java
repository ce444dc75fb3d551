package org.vaeexplorer.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.BetaPreset;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help &gt; Lesson in the real window, headless under Monocle: opened from the menu and by its key, followed from
 * the first step to the last with the keyboard alone, each step's tab selected and its model on screen. The shipped
 * models are tiny ones under the shipped names, beside the model the window opens with (where the real ones lie).
 */
class LessonWindowTest extends TinyWindowTest {

    @BeforeAll
    static void tinyModelsUnderTheShippedNames() throws Exception {
        window.shipTinyModels();
    }

    @AfterEach
    void english() {
        WaitForAsyncUtils.asyncFx(() -> I18n.use(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LessonViewModel lesson() {
        return app.lesson();
    }

    @Test
    void helpLessonOpensThePanelAtTheRightOnItsFirstStepAndCloseClosesIt(FxRobot robot) throws Exception {
        awaitReady();
        Node panel = robot.lookup("#lessonPanel").query();
        assertThat(panel.isVisible()).isFalse();

        robot.clickOn("#helpMenu");
        // The item in the menu's popup, not the panel's own (hidden) title, which reads the same.
        robot.clickOn(robot.lookup(".context-menu").lookup((Node n) -> n instanceof Labeled l && "Lesson".equals(l.getText()))
                .<Node>query());
        awaitStepSetUp(LessonStep.AUTOENCODER);

        assertThat(panel.isVisible()).isTrue();
        assertThat(label(robot, "#lessonStepOf")).isEqualTo("Step 1 of 8");
        assertThat(label(robot, "#lessonStepTitle")).isEqualTo("An autoencoder and its latent space");
        assertThat(label(robot, "#lessonStepText")).contains("Reconstruction panel");
        assertThat(selectedTab(robot)).isEqualTo("interpolateTab");
        assertThat(vm().plane().manifoldVisibleProperty().get()).isTrue();
        // At the right, beside the plane, not over it.
        Node plane = robot.lookup("#latentPlot").query();
        double planeRight = plane.localToScene(plane.getBoundsInLocal()).getMaxX();
        assertThat(panel.localToScene(panel.getBoundsInLocal()).getMinX()).isGreaterThanOrEqualTo(planeRight);
        assertThat(lessonMenuItem(robot).isSelected()).isTrue();

        robot.clickOn("#lessonClose");
        assertThat(panel.isVisible()).isFalse();
        assertThat(lesson().shownProperty().get()).isFalse();
        assertThat(lessonMenuItem(robot).isSelected()).isFalse();
    }

    @Test
    void theKeyOpensTheLessonItsStepsFollowWithTheKeyboardAloneAndEscCloses(FxRobot robot) throws Exception {
        awaitReady();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lesson().shownProperty().get()).isTrue();
        assertThat(robot.lookup("#lessonNext").queryAs(Button.class).isFocused()).as("the lesson takes the keyboard").isTrue();

        LessonStep[] steps = LessonStep.values();
        for (int i = 0; i < steps.length; i++) {
            LessonStep step = steps[i];
            awaitStepSetUp(step);
            assertThat(label(robot, "#lessonStepOf")).isEqualTo("Step " + (i + 1) + " of 8");
            assertThat(label(robot, "#lessonStepTitle")).isEqualTo(I18n.text(Language.ENGLISH, step.titleKey()));
            assertThat(selectedTab(robot)).as(step + "'s tab").isEqualTo(step.tab());
            assertThat(vm().modelProperty().get().path().getFileName()).as(step + "'s model").hasToString(step.model());
            assertThat(vm().plane().manifoldVisibleProperty().get()).as(step + "'s manifold").isEqualTo(step.manifold());
            if (step.preset() != null) {
                assertThat(vm().presets().matchingBinding().get()).isEqualTo(BetaPreset.valueOf(step.preset()));
                assertThat(vm().training().form().epochsProperty().get()).isEqualTo(String.valueOf(BetaPreset.EPOCHS));
            }
            nextStep(robot);
        }
        assertThat(lesson().stepBinding().get()).as("Next on the last step stays there").isEqualTo(LessonStep.USES);

        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        awaitStepSetUp(LessonStep.EVALUATION);
        assertThat(selectedTab(robot)).isEqualTo("evaluateTab");
        assertThat(vm().modelProperty().get().path().getFileName()).hasToString("mnist-latent2.zip");

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lesson().shownProperty().get()).isFalse();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lesson().stepBinding().get()).as("reopened where it was").isEqualTo(LessonStep.EVALUATION);
        robot.type(KeyCode.ESCAPE);
        assertThat(lesson().shownProperty().get()).isFalse();
    }

    @Test
    void thePanelReadsChineseAtOnceWhenTheLanguageChanges(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> lesson().open());
        awaitStepSetUp(LessonStep.AUTOENCODER);
        nextStep(robot);
        awaitStepSetUp(LessonStep.LOSSES);

        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));

        assertThat(label(robot, "#lessonStepOf")).isEqualTo("第 2 步，共 8 步");
        assertThat(label(robot, "#lessonStepTitle")).isEqualTo("变分自编码器的两项损失");
        assertThat(label(robot, "#lessonStepText")).contains("负证据下界");
        assertThat(robot.lookup("#lessonNext").queryAs(Button.class).getText()).isEqualTo("下一步");
        assertThat(robot.lookup("#lessonSetUp").queryAs(Button.class).getTooltip().getText()).contains("模型");
        assertThat(lessonMenuItem(robot).getText()).isEqualTo("课程");
    }

    @Test
    void stepsPassedWhileAModelLoadsEndOnTheLastWithItsModelAndPreset(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            lesson().open(); // the first step's model starts loading
            for (int i = 0; i < 4; i++) {
                lesson().next(); // the 20-D model asked for on the way, while the first still loads
            }
        });

        awaitStepSetUp(LessonStep.BETA); // β: the 2-D model again, with the collapse preset
        assertThat(selectedTab(robot)).isEqualTo("runsTab");
        assertThat(vm().presets().matchingBinding().get()).isEqualTo(BetaPreset.COLLAPSE);
        assertThat(vm().modelProperty().get().path().getFileName()).hasToString("mnist-latent2.zip");
    }

    @Test
    void whileARunTrainsAStepLeavesTheRunAloneSaysWhyAndStillOpensItsTab(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            vm().training().form().epochsProperty().set("400");
            vm().training().form().learningRateProperty().set("0.002"); // a new model
        });
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().training().progressProperty().get() > 0);

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedTab(robot)).isEqualTo("interpolateTab");
        assertThat(vm().messageProperty().get()).contains("mnist-latent2.zip").contains("stop the run");
        assertThat(vm().training().activeBinding().get()).as("the run goes on").isTrue();
        assertThat(vm().plane().manifoldVisibleProperty().get()).as("the rest of the step is set up").isTrue();
        robot.interact(() -> vm().training().stop());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !vm().training().activeBinding().get());
    }

    private void nextStep(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Until {@code step} is shown and its model is on screen with the step's settings. */
    private void awaitStepSetUp(LessonStep step) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            CurrentModel m = vm().modelProperty().get();
            return lesson().stepBinding().get() == step && !vm().busyProperty().get() && m != null && m.path() != null
                    && m.path().getFileName().toString().equals(step.model())
                    && vm().plane().manifoldVisibleProperty().get() == step.manifold();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#bottomTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    private static CheckMenuItem lessonMenuItem(FxRobot robot) {
        for (Menu menu : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            if ("helpMenu".equals(menu.getId())) {
                return (CheckMenuItem) menu.getItems().get(0);
            }
        }
        throw new AssertionError("no Help menu");
    }
}
