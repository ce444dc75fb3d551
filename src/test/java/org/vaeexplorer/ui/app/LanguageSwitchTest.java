package org.vaeexplorer.ui.app;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.ui.charts.LossChartView;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.testing.TinyWindowTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View &gt; Language &gt; 简体中文, chosen through the real menu item: the menu bar, the tabs, the status bar with its
 * values, the help overlay, a chart and a tooltip read Chinese at once, without reopening anything; the choice is
 * written to the window's settings; and English comes back the same way.
 */
class LanguageSwitchTest extends TinyWindowTest {

    private Path settingsFile;

    @Override
    protected Setup setup(Setup tiny) {
        settingsFile = dir.resolve("settings-" + System.nanoTime()).resolve("settings.properties");
        return tiny.withSettings(UiSettings.file(settingsFile));
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> I18n.use(Language.ENGLISH)); // one language for the whole JVM: the next test's
    }

    @Test
    void theLanguageMenuSwitchesTheWholeWindowAtOnceAndIsRemembered(FxRobot robot) throws Exception {
        awaitReady();
        assertThat(text(robot, "#modelStatus")).startsWith("Model: tiny.zip (2-D, hidden 16, 1 epoch, test \u2212ELBO");
        assertThat(UiSettings.file(settingsFile).language()).isEmpty();
        String note = text(robot, "#statusMessage");
        assertThat(note).startsWith("Opened ");
        String opened = note.substring("Opened ".length());

        choose(robot, Language.SIMPLIFIED_CHINESE);

        // the note already on the status line is said again in the new language
        assertThat(text(robot, "#statusMessage")).isEqualTo(zh("session.opened", opened));

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText)
                .containsExactly(zh("menu.file"), zh("menu.training"), zh("menu.view"), zh("menu.help"));
        assertThat(item(bar, "evaluateMenuItem").getText()).isEqualTo(zh("menu.training.evaluate"));
        assertThat(item(bar, "exportMenu").getText()).isEqualTo(zh("export.menu"));
        assertThat(lossTab(robot).getText()).isEqualTo(zh("tab.losses"));
        assertThat(stripName(robot, "lossTab")).isEqualTo(zh("tab.losses")); // the name as the strip shows it
        // the status bar's lines carry values, rewritten in the new language
        String model = text(robot, "#modelStatus");
        assertThat(model).startsWith(zh("session.model", "tiny.zip")).contains(zh("session.model.epoch"));
        Dataset d = vm().dataProperty().get();
        assertThat(text(robot, "#dataStatus"))
                .isEqualTo(zh("session.data", d.name(), d.train().count(), d.test().count(), d.rows(), d.cols()));
        assertThat(robot.lookup("#modelStatus").queryAs(Label.class).getTooltip().getText()).isEqualTo(model);
        // the help overlay (F1), its title and every shortcut's description
        assertThat(robot.lookup("#helpOverlay .panel-title").queryAs(Label.class).getText()).isEqualTo(zh("help.title"));
        assertThat(labelTexts(robot, "#shortcutTable .label"))
                .contains(zh("shortcut.train"), zh("shortcut.keys.space"), zh("shortcut.help"))
                .doesNotContain(I18n.text(Language.ENGLISH, "shortcut.train"));
        assertThat(robot.lookup("#launchHint .label").queryAs(Label.class).getText()).isEqualTo(zh("hint.text"));
        // a chart drawn by JFreeChart, and a tooltip
        LossChartView charts = robot.lookup("#lossCharts").queryAs(LossChartView.class);
        assertThat(charts.chart(LossCurves.Quantity.KL).getTitle().getText()).isEqualTo(zh("charts.title.kl"));
        assertThat(charts.chart(LossCurves.Quantity.KL).getXYPlot().getRangeAxis().getLabel()).isEqualTo(zh("charts.axis.nats"));
        assertThat(UiSettings.file(settingsFile).language()).contains(Language.SIMPLIFIED_CHINESE); // read afresh
        // a dialog opened now speaks Chinese, in the Chinese font
        robot.interact(() -> vm().open(dir.resolve("no-such-model.zip")));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());
        Label error = robot.lookup("#errorMessage").queryAs(Label.class);
        assertThat(error.getText()).endsWith(zh("session.error.modelKept", "").strip())
                .as("the store's reason, in Chinese too").doesNotContain("no such file").contains("no-such-model.zip");
        Parent dialog = error.getScene().getRoot();
        assertThat(dialog.getStyle()).isEqualTo(ChineseFont.family().map(f -> "-fx-font-family: \"" + f + "\";").orElse(""));
        assertThat(robot.from(dialog).lookup(".button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactly(zh("dialog.ok")); // not JavaFX's own "OK"

        choose(robot, Language.ENGLISH);

        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Training", "View", "Help");
        assertThat(lossTab(robot).getText()).isEqualTo("Loss curves");
        assertThat(stripName(robot, "lossTab")).isEqualTo("Loss curves");
        assertThat(text(robot, "#modelStatus")).startsWith("Model: tiny.zip (2-D, hidden 16, 1 epoch, test \u2212ELBO");
        assertThat(text(robot, "#dataStatus")).startsWith("Data: " + vm().dataProperty().get().name() + " (");
        assertThat(robot.lookup("#helpOverlay .panel-title").queryAs(Label.class).getText()).isEqualTo("Keyboard shortcuts");
        assertThat(charts.chart(LossCurves.Quantity.KL).getTitle().getText()).isEqualTo("KL divergence");
        assertThat(UiSettings.file(settingsFile).language()).isEqualTo(Optional.of(Language.ENGLISH));
        assertThat(dialog.getStyle()).isEmpty(); // the open dialog's font follows too
    }

    /** Fires View &gt; Language's item for {@code language}, as a click on it does. */
    private static void choose(FxRobot robot, Language language) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        RadioMenuItem item = (RadioMenuItem) item(bar, "language-" + language.tag());
        robot.interact(item::fire);
        assertThat(item.isSelected()).isTrue();
        assertThat(I18n.language()).isEqualTo(language);
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new java.util.ArrayList<>(List.of(menu));
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                all.addAll(items(sub));
            } else {
                all.add(i);
            }
        }
        return all;
    }

    private static Tab lossTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> "lossTab".equals(t.getId())).findFirst().orElseThrow();
    }

    /** The tab's name as the row of names above the tabs shows it (TabStrip). */
    private static String stripName(FxRobot robot, String id) {
        return robot.lookup(".strip-tab").queryAllAs(Labeled.class).stream().filter(n -> id.equals(n.getId()))
                .findFirst().orElseThrow().getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static List<String> labelTexts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String zh(String key, Object... args) {
        return I18n.text(Language.SIMPLIFIED_CHINESE, key, args);
    }
}
