package org.vaeexplorer.ui.tools.network;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Network tab in the real window: a digit flows through, Sample again redraws ε, the mean takes none. */
class NetworkWindowTest extends TinyWindowTest {

    @Test
    void theNetworkTabShowsADigitsWayThroughAndSamplesAgain(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#networkTab");
        Label loss = robot.lookup("#networkLoss").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> loss.getText().endsWith("nats"));
        assertThat(robot.lookup("#networkEncoder").queryAs(Label.class).getText()).contains("pixels \u2192 16");
        String first = loss.getText();

        robot.clickOn("#sampleAgainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !loss.getText().equals(first));

        String sampled = loss.getText();
        robot.clickOn("#networkMean");
        assertThat(app.tools().network().sampledProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !loss.getText().equals(sampled));
        String mean = loss.getText();
        robot.clickOn("#sampleAgainButton"); // back to a sample, with a new ε
        assertThat(robot.lookup("#networkSampled").queryAs(RadioButton.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !loss.getText().equals(mean));
    }
}
