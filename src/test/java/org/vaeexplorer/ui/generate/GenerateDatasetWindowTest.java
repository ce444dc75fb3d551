package org.vaeexplorer.ui.generate;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.testing.TinyWindowTest;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File > Generate dataset from the keyboard on the tiny window: Ctrl+G, the count typed, the folder (scripted),
 * the result, and Open it: the window then shows the generated dataset.
 */
class GenerateDatasetWindowTest extends TinyWindowTest {

    @Test
    void ctrlGGeneratesADatasetAndOpensIt(FxRobot robot) throws Exception {
        awaitReady();
        Path out = dir.resolve("generated-" + System.nanoTime());
        dialogs.folderToWrite = out;

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#perClassField").tryQuery().isPresent());
        TextField count = robot.lookup("#perClassField").queryAs(TextField.class);
        robot.interact(() -> count.setText(""));
        robot.clickOn(count).write("3").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#generateMessage").tryQuery().isPresent());
        String message = robot.lookup("#generateMessage").queryAs(Label.class).getText();
        assertThat(message).contains("3 per class").contains(out.toString()).contains("No agreement figure");
        assertThat(out.resolve(DatasetLoader.TRAIN_IMAGES + ".gz")).isRegularFile();

        robot.clickOn(robot.lookup(".button").match((Button b) -> "Open it".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> vm().dataProperty().get() != null && vm().dataProperty().get().name().equals(out.getFileName().toString()));

        assertThat(vm().dataProperty().get().train().count()).isEqualTo(30); // 3 of each of the ten classes
        assertThat(vm().generator().doneProperty().get()).isNull();
    }
}
