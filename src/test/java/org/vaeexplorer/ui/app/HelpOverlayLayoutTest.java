package org.vaeexplorer.ui.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of shortcuts (F1) on a 1280x720 projector in presenter mode, where its type is largest: every
 * description whole, in both languages, nothing outside the window.
 */
class HelpOverlayLayoutTest extends TinyWindowTest {

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> I18n.use(Language.ENGLISH));
    }

    @Test
    void theWholeListShowsInPresenterModeAt1280x720(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.type(KeyCode.P);
        robot.type(KeyCode.F1);
        TinyWindow.awaitFrames(8);
        assertThat(robot.lookup("#helpOverlay").query().isVisible()).isTrue();

        List<String> problems = new ArrayList<>();
        for (Language language : new Language[] {Language.ENGLISH, Language.SIMPLIFIED_CHINESE}) {
            robot.interact(() -> I18n.use(language));
            TinyWindow.awaitFrames(8);
            for (String p : WaitForAsyncUtils.asyncFx(() -> LayoutInspector.problems(stage.getScene())).get()) {
                problems.add(language + ": " + p);
            }
        }

        assertThat(stage.getScene().getHeight()).isEqualTo(720);
        assertThat(problems).isEmpty();
    }
}
