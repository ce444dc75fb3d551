package org.vaeexplorer.ui.tools;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxFiles;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.app.DisplayViewModel;
import org.vaeexplorer.ui.app.Shortcut;
import org.vaeexplorer.ui.runs.RunOverlayLayer;
import org.vaeexplorer.ui.training.BetaPreset;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The teaching tools in the real window, driven by a robot, headless under Monocle. */
class TeachingToolsWindowTest extends TinyWindowTest {

    /** One epoch of the tiny data (8 minibatches) with β = {@code beta}, pressing Train. */
    private void trainOneEpoch(FxRobot robot, String beta, int runsAfter) throws TimeoutException {
        robot.interact(() -> {
            vm().training().form().betaProperty().set(beta);
            vm().training().form().learningRateProperty().set("0.003");
            vm().training().form().epochsProperty().set("1");
        });
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().training().activeBinding().get() && vm().runs().runs().size() == runsAfter);
    }

    @Test
    void aRunIsListedInTheRunsPanelAndTickingTwoOverlaysThemWithALegend(FxRobot robot) throws Exception {
        awaitReady();
        trainOneEpoch(robot, "1", 1);
        trainOneEpoch(robot, "4", 2);

        robot.clickOn("#runsTab");
        TableView<?> table = robot.lookup("#runsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#lossTab");
        assertThat(table.getItems()).as("a hidden table holds no rows to build").isEmpty();
        robot.clickOn("#runsTab");
        assertThat(table.getItems()).hasSize(2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#runsTable .table-row-cell").lookup(".check-box").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        for (var box : robot.lookup("#runsTable .check-box").queryAllAs(CheckBox.class)) {
            if (box.isVisible() && box.getParent() != null) {
                robot.clickOn(box);
            }
        }
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> vm().runs().overlaysProperty().get().size() == 2);
        robot.clickOn("#showCurvesButton");

        RunOverlayLayer legend = robot.lookup("#overlayLegend").queryAs(RunOverlayLayer.class);
        assertThat(legend.isVisible()).isTrue();
        assertThat(legend.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()))
                .contains("\u03b2=1", "\u03b2=4");
        assertThat(WaitForAsyncUtils.asyncFx(() -> legend.overlaidSeries(LossCurves.Quantity.KL)).get()).isEqualTo(2);
    }

    @Test
    void aPresetFillsTheFormAndSaysWhatToWatchFor(FxRobot robot) throws Exception {
        awaitReady();

        // The presets sit under the training form; a small window shows them once its column is scrolled down.
        javafx.scene.Node box = robot.lookup("#presetBox").query();
        robot.interact(() -> {
            for (javafx.scene.Node n = box.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane column) {
                    column.setVvalue(column.getVmax());
                }
            }
        });
        robot.clickOn(box);
        robot.clickOn(BetaPreset.COLLAPSE.title());

        assertThat(robot.lookup("#betaField").queryAs(TextField.class).getText()).isEqualTo("8");
        assertThat(robot.lookup("#warmupField").queryAs(TextField.class).getText()).isEqualTo("0");
        Label hint = robot.lookup("#presetHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo(BetaPreset.COLLAPSE.watchFor());
    }

    @Test
    void openingABadDatasetFolderShowsAnErrorAndKeepsTheData(FxRobot robot) throws Exception {
        awaitReady();
        Dataset before = vm().dataProperty().get();
        Path bad = Files.createDirectories(dir.resolve("bad-dataset"));
        IdxFiles.writeDataset(bad, 32, 20, 14, 14, false);
        IdxFiles.writeBytes(bad.resolve(DatasetLoader.TRAIN_LABELS), new byte[] {1, 2, 3});
        dialogs.datasetFolder = bad;

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open the dataset");
        assertThat(((Label) dialog.getContent()).getText()).contains(DatasetLoader.TRAIN_LABELS);
        assertThat(vm().dataProperty().get()).isSameAs(before);
        assertThat(robot.lookup("#dataStatus").queryAs(Label.class).getText()).startsWith("Data: synthetic");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
    }

    @Test
    void thePresenterKeyEnlargesTheTypeAndTogglesBack(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#latentPlot");
        // The form's type (the status bar keeps its size: it is for whoever runs the window, not the room).
        javafx.scene.control.Labeled status = robot.lookup("#trainButton").queryAs(javafx.scene.control.Labeled.class);
        double normal = status.getFont().getSize();

        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm().display().presenterProperty().get()).isTrue();
        assertThat(status.getFont().getSize()).isCloseTo(normal * DisplayViewModel.PRESENTER_SCALE,
                org.assertj.core.api.Assertions.within(0.5));
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getFont().getSize()).isEqualTo(normal);
    }

    @Test
    void f1ShowsEveryShortcutAndEscapeHidesThem(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#latentPlot");
        assertThat(robot.lookup("#helpOverlay").query().isVisible()).isFalse();

        robot.type(KeyCode.F1);

        assertThat(robot.lookup("#helpOverlay").query().isVisible()).isTrue();
        GridPane table = robot.lookup("#shortcutTable").queryAs(GridPane.class);
        assertThat(table.getChildren()).hasSize(2 * Shortcut.values().length);
        var texts = table.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains(Shortcut.TRAIN.accelerator().getDisplayText(), "Space", "M", "P", "F1  or  ?",
                Shortcut.PAUSE.action(), Shortcut.NEXT_SNAPSHOT.action());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#helpOverlay").query().isVisible()).isFalse();
    }

    @Test
    void snapshotKeysScrubTheBlurryToSharpStrip(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#latentPlot");
        int last = vm().samples().lastProperty().get();
        assertThat(last).isPositive();

        robot.type(KeyCode.COMMA);
        assertThat(vm().samples().selectedProperty().get()).isEqualTo(last - 1);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm().samples().selectedProperty().get()).isEqualTo(last);
    }

    @Test
    void exportingTheWindowWritesAPngOfItsSize(FxRobot robot) throws Exception {
        awaitReady();
        Path file = dir.resolve("window.png");
        dialogs.exportFile = file;

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> vm().messageProperty().get().startsWith("Exported"));
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(stage.getScene().getWidth()));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(stage.getScene().getHeight()));
        assertThat(robot.lookup("#trainButton").queryAs(Button.class)).isNotNull();
    }
}
