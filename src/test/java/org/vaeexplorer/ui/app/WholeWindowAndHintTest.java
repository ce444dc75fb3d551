package org.vaeexplorer.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.ScriptedDialogs;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * W: the panel under the mouse (the plane, the loss charts, a tool) fills the window, and W or Esc gives it
 * back where it was; and the first-launch hint, shown until dismissed and not on the launch after.
 */
class WholeWindowAndHintTest extends TinyWindowTest {

    private Path settingsFile;
    private ExplorerApp second;

    @Override
    protected Setup setup(Setup tiny) {
        settingsFile = dir.resolve("settings-" + System.nanoTime()).resolve("settings.properties");
        return withSettings(tiny);
    }

    private Setup withSettings(Setup setup) {
        return setup.withSettings(UiSettings.file(settingsFile));
    }

    @AfterEach
    void closeSecond() throws Exception {
        if (second != null) {
            FxToolkit.setupFixture(second::close);
        }
    }

    private Bounds onScreen(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getLayoutBounds())).get();
    }

    private boolean inWholeWindowLayer(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if ("wholeWindowLayer".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void wEnlargesThePlaneUnderTheMouseWithItsDecodedDigitAndWGivesThemBack(FxRobot robot) throws Exception {
        awaitReady();
        Bounds before = onScreen(robot, "#latentPlot");
        Bounds digitBefore = onScreen(robot, "#decodedDigit");
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();

        robot.moveTo("#latentPlot").type(KeyCode.W);
        TinyWindow.awaitFrames(4);

        Bounds whole = onScreen(robot, "#latentPlot");
        assertThat(inWholeWindowLayer(robot, "#latentPlot")).isTrue();
        // Most of the width: the decoded digit stands at its right, so a class sees what the dragged point decodes to.
        assertThat(whole.getWidth()).isGreaterThan(width * 0.6).isGreaterThan(before.getWidth() + 100);
        assertThat(whole.getHeight()).isGreaterThan(height * 0.7);
        assertThat(inWholeWindowLayer(robot, "#decodedDigit")).isTrue();
        Bounds digit = onScreen(robot, "#decodedDigit");
        assertThat(digit.getWidth()).isGreaterThan(0);
        assertThat(digit.getMinX()).isGreaterThanOrEqualTo(whole.getMaxX());
        assertThat(digit.getMaxX()).isLessThanOrEqualTo(width);
        assertThat(digit.getMaxY()).isLessThanOrEqualTo(height);
        Object decodedBefore = app.viewModel().plane().decodedProperty().get();
        robot.drag(whole.getMinX() + whole.getWidth() * 0.3, whole.getMinY() + whole.getHeight() * 0.3,
                javafx.scene.input.MouseButton.PRIMARY).dropTo(whole.getMinX() + whole.getWidth() * 0.7,
                whole.getMinY() + whole.getHeight() * 0.6);
        TinyWindow.awaitFrames(4);
        assertThat(app.viewModel().plane().decodedProperty().get()).isNotSameAs(decodedBefore);

        robot.type(KeyCode.W);
        TinyWindow.awaitFrames(4);

        assertThat(inWholeWindowLayer(robot, "#latentPlot")).isFalse();
        assertThat(inWholeWindowLayer(robot, "#decodedDigit")).isFalse();
        Bounds after = onScreen(robot, "#latentPlot");
        assertThat(after.getWidth()).isCloseTo(before.getWidth(), org.assertj.core.api.Assertions.within(2.0));
        assertThat(after.getHeight()).isCloseTo(before.getHeight(), org.assertj.core.api.Assertions.within(2.0));
        Bounds digitAfter = onScreen(robot, "#decodedDigit");
        assertThat(digitAfter.getMinX()).isCloseTo(digitBefore.getMinX(), org.assertj.core.api.Assertions.within(2.0));
        assertThat(digitAfter.getWidth()).isCloseTo(digitBefore.getWidth(), org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void wEnlargesTheLossChartsAndEscGivesThemBackWithTheDividerWhereItWas(FxRobot robot) throws Exception {
        awaitReady();
        Bounds before = onScreen(robot, "#lossCharts");
        double height = stage.getScene().getHeight();

        robot.moveTo("#lossCharts").type(KeyCode.W);
        TinyWindow.awaitFrames(4);

        assertThat(inWholeWindowLayer(robot, "#lossCharts")).isTrue();
        assertThat(onScreen(robot, "#lossCharts").getHeight()).isGreaterThan(height * 0.7);

        robot.type(KeyCode.ESCAPE);
        TinyWindow.awaitFrames(4);

        assertThat(inWholeWindowLayer(robot, "#lossCharts")).isFalse();
        Bounds after = onScreen(robot, "#lossCharts");
        assertThat(after.getMinY()).isCloseTo(before.getMinY(), org.assertj.core.api.Assertions.within(2.0));
        assertThat(after.getHeight()).isCloseTo(before.getHeight(), org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void wEnlargesTheToolShownWithItsTabs(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("Draw");
        WaitForAsyncUtils.waitForFxEvents();

        robot.moveTo("#drawingPad").type(KeyCode.W);
        TinyWindow.awaitFrames(4);

        assertThat(inWholeWindowLayer(robot, "#drawingPad")).isTrue();
        assertThat(app.viewModel().display().wholeWindowProperty().get()).isEqualTo(DisplayViewModel.Panel.TABS);
        robot.type(KeyCode.W);
        assertThat(inWholeWindowLayer(robot, "#drawingPad")).isFalse();
    }

    @Test
    void theLaunchHintShowsUntilDismissedAndNotOnTheNextLaunch(FxRobot robot) throws Exception {
        awaitReady();
        assertThat(robot.lookup("#launchHint").query().isVisible()).isTrue();

        robot.clickOn("#dismissHintButton");

        assertThat(robot.lookup("#launchHint").query().isVisible()).isFalse();
        assertThat(UiSettings.file(settingsFile).launchHintSeen()).isTrue(); // written to the file, read afresh
        robot.interact(() -> {
            second = new ExplorerApp(withSettings(window.setup()), new ScriptedDialogs());
            second.start(new Stage());
        });
        Node secondHint = second.scene().lookup("#launchHint");
        assertThat(secondHint.isVisible()).isFalse();
    }

    @Test
    void settingsThatCannotBeReadCountAsNone() throws Exception {
        Path garbled = dir.resolve("garbled.properties");
        java.nio.file.Files.writeString(garbled, "launchHintSeen=\\u12"); // a broken escape
        assertThat(UiSettings.file(garbled).launchHintSeen()).isFalse();
    }
}
