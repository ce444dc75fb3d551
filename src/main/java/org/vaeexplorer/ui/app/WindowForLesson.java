package org.vaeexplorer.ui.app;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.lesson.LessonWindow;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.BetaPreset;

import java.nio.file.Path;

/**
 * What the lesson's steps ask of the window, done by the window's own commands: the shipped models are the files
 * beside the one the window opens with, the tabs those of the tab area, the presets those under the form.
 */
final class WindowForLesson implements LessonWindow {

    private final ExplorerViewModel viewModel;
    private final TabPane tabs;
    private final Path shippedFolder;
    /** A model asked for while another loaded: the latest asked for is opened when that one is on screen. */
    private Runnable waiting;

    /** @param shippedModel the model that ships with the app (Setup); its folder holds the others */
    WindowForLesson(ExplorerViewModel viewModel, TabPane tabs, Path shippedModel) {
        this.viewModel = viewModel;
        this.tabs = tabs;
        this.shippedFolder = shippedModel != null ? shippedModel.toAbsolutePath().getParent()
                : InstallFolder.find(Path.of("models")).orElse(Path.of("models")).toAbsolutePath();
        viewModel.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && waiting != null) {
                Runnable next = waiting;
                waiting = null;
                // after the model that made the window busy is on screen (it is shown once busy is cleared)
                Platform.runLater(next);
            }
        });
    }

    @Override
    public void openShippedModel(String fileName, Runnable then) {
        Path file = shippedFolder.resolve(fileName);
        waiting = null;
        if (onScreen(file)) {
            then.run();
        } else if (viewModel.training().activeBinding().get()) {
            viewModel.note(() -> I18n.text("lesson.modelWhileTraining", fileName));
            then.run();
        } else if (!viewModel.filesEnabledBinding().get()) {
            waiting = () -> openShippedModel(fileName, then);
        } else {
            viewModel.open(file, then);
        }
    }

    @Override
    public void selectTab(String tabId) {
        for (Tab tab : tabs.getTabs()) {
            if (tabId.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    @Override
    public void applyPreset(String presetName) {
        viewModel.presets().apply(BetaPreset.valueOf(presetName));
    }

    @Override
    public void showManifold(boolean visible) {
        viewModel.plane().setManifoldVisible(visible);
    }

    private boolean onScreen(Path file) {
        CurrentModel m = viewModel.modelProperty().get();
        return m != null && m.path() != null
                && m.path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
