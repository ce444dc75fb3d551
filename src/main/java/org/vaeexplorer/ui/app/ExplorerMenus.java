package org.vaeexplorer.ui.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.generate.GenerateDatasetDialogs;
import org.vaeexplorer.ui.lesson.LessonViewModel;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;

/** The window's menu bar: File, Training and View, each item calling one view-model command, in the chosen language. */
final class ExplorerMenus {

    private final Stage stage;
    private final ExplorerViewModel viewModel;
    private final FileDialogs dialogs;
    private final Setup setup;

    ExplorerMenus(Stage stage, ExplorerViewModel viewModel, FileDialogs dialogs, Setup setup) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.setup = setup;
    }

    /**
     * @param export the Export submenu, placed in File
     * @param lesson the lesson, opened and closed from Help
     */
    MenuBar bar(Menu export, LessonViewModel lesson) {
        MenuBar bar = new MenuBar(fileMenu(export), trainingMenu(), viewMenu(), helpMenu(lesson));
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu(Menu export) {
        MenuItem open = fileItem("menu.file.open", "openMenuItem", Shortcut.OPEN_MODEL, () -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.open(file);
            }
        });
        MenuItem saveAs = fileItem("menu.file.saveAs", "saveMenuItem", Shortcut.SAVE_MODEL, () -> {
            Path file = dialogs.chooseModelToSave(stage, setup.modelFolder(), suggestedName());
            if (file != null) {
                viewModel.saveAs(file);
            }
        });
        MenuItem openData = fileItem("menu.file.openDataset", "openDatasetMenuItem", Shortcut.OPEN_DATASET, () -> {
            Path dir = dialogs.chooseDatasetFolder(stage, InstallFolder.find(Path.of("assets")).orElse(null));
            if (dir != null) {
                viewModel.openDataset(dir);
            }
        });
        GenerateDatasetDialogs generate = new GenerateDatasetDialogs(stage, viewModel.generator(), dialogs);
        MenuItem generateData = fileItem("menu.file.generateDataset", "generateDatasetMenuItem", Shortcut.GENERATE_DATASET, generate::ask);
        generateData.disableProperty().bind(viewModel.filesEnabledBinding().not().or(viewModel.generator().runningProperty()));
        MenuItem quit = item("menu.file.quit");
        quit.setAccelerator(Shortcut.QUIT.accelerator());
        quit.setOnAction(e -> stage.close());
        return menu("menu.file", open, saveAs, new SeparatorMenuItem(), openData, generateData, export, new SeparatorMenuItem(), quit);
    }

    /** An item that reads or writes a file: possible only while no run is under way and no file operation pending. */
    private MenuItem fileItem(String key, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = item(key);
        item.setId(id);
        item.setAccelerator(shortcut.accelerator());
        item.disableProperty().bind(viewModel.filesEnabledBinding().not());
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu trainingMenu() {
        TrainingViewModel training = viewModel.training();
        MenuItem train = item("menu.training.train");
        train.setAccelerator(Shortcut.TRAIN.accelerator());
        train.disableProperty().bind(training.canTrainProperty().not());
        train.setOnAction(e -> training.train());
        MenuItem pause = item(withKeys("menu.training.pause", Shortcut.PAUSE));
        pause.disableProperty().bind(training.activeBinding().not());
        pause.setOnAction(e -> training.togglePause());
        MenuItem stop = item("menu.training.stop");
        stop.setAccelerator(Shortcut.STOP.accelerator());
        stop.disableProperty().bind(training.activeBinding().not());
        stop.setOnAction(e -> training.stop());
        MenuItem reset = item("menu.training.reset");
        reset.setAccelerator(Shortcut.RESET.accelerator());
        reset.disableProperty().bind(training.configProperty().isNull());
        reset.setOnAction(e -> training.reset());
        MenuItem evaluate = item("menu.training.evaluate");
        evaluate.setId("evaluateMenuItem");
        evaluate.setAccelerator(Shortcut.EVALUATE.accelerator());
        evaluate.disableProperty().bind(viewModel.evaluation().busyProperty());
        evaluate.setOnAction(e -> viewModel.evaluation().evaluate());
        return menu("menu.training", train, pause, stop, new SeparatorMenuItem(), reset, new SeparatorMenuItem(),
                evaluate);
    }

    private Menu viewMenu() {
        LatentPlaneViewModel plane = viewModel.plane();
        CheckMenuItem manifold = new CheckMenuItem();
        manifold.textProperty().bind(withKeys("menu.view.manifold", Shortcut.MANIFOLD));
        manifold.setId("manifoldMenuItem");
        manifold.selectedProperty().addListener((obs, old, now) -> plane.setManifoldVisible(now));
        plane.manifoldVisibleProperty().addListener((obs, old, now) -> manifold.setSelected(now));
        MenuItem fit = item(withKeys("menu.view.fit", Shortcut.FIT));
        fit.setOnAction(e -> plane.fitToData());
        MenuItem zoomIn = item(withKeys("menu.view.zoomIn", Shortcut.ZOOM_IN));
        zoomIn.setOnAction(e -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP));
        MenuItem zoomOut = item(withKeys("menu.view.zoomOut", Shortcut.ZOOM_OUT));
        zoomOut.setOnAction(e -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP));

        DisplayViewModel display = viewModel.display();
        CheckMenuItem presenter = new CheckMenuItem();
        presenter.textProperty().bind(withKeys("menu.view.presenter", Shortcut.PRESENTER));
        presenter.setId("presenterMenuItem");
        presenter.selectedProperty().addListener((obs, old, now) -> {
            if (now != display.presenterProperty().get()) {
                display.togglePresenter();
            }
        });
        display.presenterProperty().addListener((obs, old, now) -> presenter.setSelected(now));
        MenuItem shortcuts = item(withKeys("menu.view.shortcuts", Shortcut.HELP));
        shortcuts.setOnAction(e -> display.toggleHelp());
        // Opens a model file beside the current one, so only while files may be opened.
        MenuItem compare = fileItem("menu.view.compare", "compareMenuItem", Shortcut.COMPARE, () -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.comparison().compareWith(file);
            }
        });
        return menu("menu.view", manifold, fit, zoomIn, zoomOut, new SeparatorMenuItem(), presenter, shortcuts,
                new SeparatorMenuItem(), compare, new SeparatorMenuItem(), languageMenu());
    }

    /** Help > Lesson: the lesson beside the window, ticked while it is open. */
    private Menu helpMenu(LessonViewModel lesson) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(I18n.bind("menu.help.lesson"));
        item.setId("lessonMenuItem");
        item.setAccelerator(Shortcut.LESSON.accelerator());
        item.selectedProperty().addListener((obs, old, now) -> {
            if (now != lesson.shownProperty().get()) {
                lesson.toggle();
            }
        });
        lesson.shownProperty().addListener((obs, old, now) -> item.setSelected(now));
        Menu menu = menu("menu.help", item);
        menu.setId("helpMenu");
        return menu;
    }

    /**
     * View > Language: each language named in itself, the choice taking effect at once and remembered for the
     * next launch. Chinese without a Chinese font would show empty boxes, so that choice says which to install.
     */
    private Menu languageMenu() {
        Menu menu = menu("menu.view.language");
        menu.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setId("language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(I18n.language() == language);
            item.setOnAction(e -> choose(language));
            I18n.languageProperty().addListener((obs, was, now) -> item.setSelected(now == language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void choose(Language language) {
        I18n.use(language);
        setup.settings().rememberLanguage(language);
        if (language == Language.SIMPLIFIED_CHINESE && ChineseFont.family().isEmpty()) {
            viewModel.note(() -> I18n.text("language.noChineseFont", ChineseFont.LINUX_PACKAGE));
        }
    }

    private static MenuItem item(String key) {
        return item(I18n.bind(key));
    }

    private static MenuItem item(ObservableValue<String> text) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text);
        return item;
    }

    private static Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(null, null, items);
        menu.textProperty().bind(I18n.bind(key));
        return menu;
    }

    /** A menu label naming its single-key shortcut, e.g. "Manifold grid    (M)": keys from the one table. */
    private static ObservableValue<String> withKeys(String key, Shortcut shortcut) {
        return I18n.bind(() -> I18n.text(key) + "    (" + shortcut.keys() + ")");
    }

    /** The model's own file name, but never the shipped model's: saving over it is refused. */
    private String suggestedName() {
        CurrentModel m = viewModel.modelProperty().get();
        String name = m != null && m.path() != null ? String.valueOf(m.path().getFileName()) : "my-model.zip";
        return setup.shippedModel() != null && name.equals(String.valueOf(setup.shippedModel().getFileName()))
                ? "my-model.zip" : name;
    }
}
