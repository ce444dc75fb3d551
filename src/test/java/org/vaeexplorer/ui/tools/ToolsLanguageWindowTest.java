package org.vaeexplorer.ui.tools;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.tools.repair.RepairViewModel;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The teaching tools switch to Simplified Chinese at once, labels, tooltips and texts that show values alike. */
class ToolsLanguageWindowTest extends TinyWindowTest {

    @AfterEach
    void backToEnglish() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.use(Language.ENGLISH)).get();
    }

    @Test
    void theToolsReadChineseAtOnceWithoutReopening(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#networkTab");
        Label loss = robot.lookup("#networkLoss").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> loss.getText().endsWith("nats"));
        Button again = robot.lookup("#sampleAgainButton").queryAs(Button.class);
        assertThat(again.getText()).isEqualTo("Sample again");
        robot.clickOn("#drawTab");
        robot.clickOn("#repairTab");
        robot.clickOn("#anomalyTab");

        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));

        assertThat(again.getText()).isEqualTo("再次采样");
        assertThat(again.getTooltip().getText()).startsWith("重新抽取 ε");
        assertThat(robot.lookup("#networkMean").queryAs(RadioButton.class).getText()).isEqualTo("z = μ，均值");
        assertThat(loss.getText()).startsWith("这个数字在这个 z 下的损失").endsWith("奈特");
        assertThat(robot.lookup("#networkEncoder").queryAs(Label.class).getText()).startsWith("编码器\n784 像素 \u2192 ");
        assertThat(robot.lookup("#drawClear").queryAs(Button.class).getText()).isEqualTo("清除");
        @SuppressWarnings("unchecked")
        ChoiceBox<RepairViewModel.Hidden> hidden = robot.lookup("#repairHidden").queryAs(ChoiceBox.class);
        assertThat(hidden.getValue()).isEqualTo(RepairViewModel.Hidden.LOWER_HALF);
        assertThat(((Label) hidden.lookup(".label")).getText()).isEqualTo("遮住下半部分");
        assertThat(robot.lookup("#anomalyTitle").queryAs(Label.class).getText()).isEqualTo("最不可能的图像");
        assertThat(robot.lookup("#anomalyStatus").queryAs(Label.class).getText()).startsWith("按“排序”");
        assertThat(robot.lookup("#rankButton").queryAs(Button.class).getTooltip().getText()).contains("重构对数概率");

        assertThat(robot.lookup(".tab-label").queryAllAs(Label.class)).extracting(Label::getText).contains("网络结构");

        robot.interact(() -> I18n.use(Language.ENGLISH));

        assertThat(again.getText()).isEqualTo("Sample again");
        assertThat(loss.getText()).startsWith("loss of this digit with this z").endsWith("nats");
        assertThat(robot.lookup(".tab-label").queryAllAs(Label.class)).extracting(Label::getText).contains("Network");
    }
}
