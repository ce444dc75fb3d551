package org.vaeexplorer.ui.tools;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.app.Shortcut;
import org.vaeexplorer.ui.tools.anomalies.AnomalyViewModel;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Anomalies tab's keys in the real window: R ranks as the Rank button does and O measures the ROC as the ROC
 * button does, only while the tab is on screen and no text field has the focus; the buttons' tooltips name them.
 */
class AnomalyKeysWindowTest extends TinyWindowTest {

    private AnomalyViewModel anomalies() {
        return app.tools().anomalies();
    }

    @Test
    void rRanksTheTestImagesOnTheAnomaliesTabOnly(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#latentPlot"); // the loss curves' tab is the one shown
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(anomalies().busyProperty().get()).as("no ranking from a hidden tab").isFalse();
        assertThat(anomalies().rankingProperty().get()).isNull();

        robot.clickOn("#anomalyTab");
        robot.clickOn("#latentField"); // a field takes the key as a letter
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#latentField").queryAs(TextField.class).getText()).endsWith("r");
        assertThat(anomalies().busyProperty().get()).as("no ranking while typing").isFalse();

        robot.clickOn("#latentPlot");
        robot.type(KeyCode.R);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> anomalies().rankingProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the tiles are built on the FX thread
        assertThat(anomalies().rankingProperty().get().ranked()).isEqualTo(TestModels.TEST_IMAGES);
        assertThat(robot.lookup("#anomalyTiles").queryAs(FlowPane.class).getChildren())
                .hasSize(Math.min(AnomalyViewModel.SHOWN, TestModels.TEST_IMAGES));
        assertThat(robot.lookup("#anomalyStatus").queryLabeled().getText()).contains("least likely");
        assertThat(robot.lookup("#rankButton").queryAs(Button.class).getTooltip().getText())
                .endsWith("(" + Shortcut.RANK.keys() + ").");
    }

    @Test
    void oMeasuresTheRocOfAModelTrainedWithAClassLeftOut(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            vm().training().form().excludedDigitProperty().set(3);
            vm().training().form().learningRateProperty().set("0.003");
            vm().training().form().epochsProperty().set("1");
        });
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().training().activeBinding().get() && Integer.valueOf(3).equals(anomalies().leftOutProperty().get()));
        robot.clickOn("#anomalyTab");
        robot.clickOn("#latentPlot");
        assertThat(anomalies().detectionProperty().get()).isNull();

        robot.type(KeyCode.O);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> anomalies().detectionProperty().get() != null);
        assertThat(anomalies().detectionProperty().get().digit()).isEqualTo(3);
        assertThat(anomalies().detectionProperty().get().images()).isEqualTo(TestModels.TEST_IMAGES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rocButton").queryAs(Button.class).getTooltip().getText())
                .contains("(" + Shortcut.ROC.keys() + ")");
    }
}
