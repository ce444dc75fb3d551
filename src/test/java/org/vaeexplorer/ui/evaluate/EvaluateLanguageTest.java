package org.vaeexplorer.ui.evaluate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.compare.ComparisonViewModel;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View &gt; Language on the Evaluate tab and the comparison window, open with figures on them: their names, values,
 * tooltips and window title read Chinese at once, without evaluating or comparing again, and English again after;
 * the Generate dataset dialog opens in the language chosen.
 */
class EvaluateLanguageTest extends TinyWindowTest {

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> I18n.use(Language.ENGLISH)); // one language for the whole JVM's windows
    }

    @Test
    void theFiguresOfAnEvaluationSwitchLanguageWhereTheyStand(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> vm().evaluation().evaluate());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS * 3, TimeUnit.SECONDS,
                () -> vm().evaluation().figuresProperty().get() != null && !vm().evaluation().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label iwae = robot.lookup("#iwaeFigure").queryAs(Label.class);
        Label active = robot.lookup("#activeFigure").queryAs(Label.class);
        Label status = robot.lookup("#evaluateStatus").queryAs(Label.class);
        Button evaluate = robot.lookup("#evaluateButton").queryButton();
        Tooltip firstKl = (Tooltip) robot.lookup("#klBars").queryParent().getChildrenUnmodifiable().get(0)
                .getProperties().get("javafx.scene.control.Tooltip");
        assertThat(iwae.getText()).contains("nats, k = 100");
        assertThat(active.getText()).matches("\\d of 2");
        assertThat(firstKl.getText()).startsWith("z1: ").endsWith(" nats per test image");

        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));

        assertThat(evaluate.getText()).isEqualTo("评估");
        assertThat(evaluate.getTooltip().getText()).startsWith("在测试集上评判当前模型");
        assertThat(figureNames(robot)).contains("测试集 −ELBO", "活跃单元", "先验空洞").doesNotContain("Active units");
        assertThat(iwae.getText()).as("the same figure, in Chinese").endsWith(" 奈特，k = 100")
                .startsWith(iwae.getText().substring(0, iwae.getText().indexOf(' ')));
        assertThat(active.getText()).matches("\\d 个（共 2 个）");
        assertThat(status.getText()).startsWith("评估完成，用时");
        assertThat(firstKl.getText()).startsWith("z1: 每张测试图像 ").endsWith(" 奈特");

        robot.interact(() -> I18n.use(Language.ENGLISH));

        assertThat(evaluate.getText()).isEqualTo("Evaluate");
        assertThat(active.getText()).matches("\\d of 2");
        assertThat(status.getText()).startsWith("Evaluated in");
    }

    @Test
    void theComparisonWindowSwitchesLanguageWithItsTitleAndFont(FxRobot robot) throws Exception {
        awaitReady();
        dialogs.modelToOpen = window.modelFile();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        ComparisonViewModel comparison = vm().comparison();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> comparison.comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label chosen = robot.lookup("#comparisonChosenTitle").queryAs(Label.class);
        Label details = robot.lookup("#comparisonChosenDetails").queryAs(Label.class);
        Label yardstick = robot.lookup("#comparisonTestSharpness").queryAs(Label.class);
        Button again = robot.lookup("#comparisonNewPoints").queryButton();
        Stage own = (Stage) chosen.getScene().getWindow();
        assertThat(own.getTitle()).isEqualTo("Compare decoders");
        assertThat(chosen.getText()).isEqualTo("MLP: " + window.modelFile().getFileName());

        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));

        assertThat(own.getTitle()).isEqualTo("比较解码器");
        assertThat(chosen.getText()).isEqualTo("多层感知机：" + window.modelFile().getFileName());
        assertThat(details.getText()).startsWith("测试集 −ELBO ").contains("，清晰度 ");
        assertThat(yardstick.getText()).startsWith("1,000 张测试图像的清晰度：");
        assertThat(again.getText()).isEqualTo("新的点");
        assertThat(again.getTooltip().getText()).isEqualTo("从先验采样新的点，并用两个模型分别解码");
        ChineseFont.family().ifPresent(family ->
                assertThat(own.getScene().getRoot().getStyle()).as("the window's own root").contains(family));
        robot.interact(own::hide);
    }

    @Test
    void theGenerateDatasetDialogOpensInTheLanguageChosen(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#perClassField").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertThat(pane.getHeaderText()).isEqualTo("由当前模型生成一个带标签的合成数据集");
        assertThat(pane.getContentText()).isEqualTo("每类图像数（1–10000）：");
        assertThat(pane.getButtonTypes()).as("its own buttons too, whatever the JVM's language")
                .extracting(ButtonType::getText).containsExactly("确定", "取消");
        ChineseFont.family().ifPresent(family -> assertThat(pane.getStyle()).as("the dialog's pane").contains(family));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static java.util.List<String> figureNames(FxRobot robot) {
        return robot.lookup(".figure-name").queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }
}
