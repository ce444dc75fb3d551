package org.vaeexplorer.ui.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.generate.GenerateDatasetDialogs;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;

/** The window's menu bar: File, Training and View, each item calling one view-model command. */
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

    /** @param export the Export submenu, placed in File */
    MenuBar bar(Menu export) {
        MenuBar bar = new MenuBar(fileMenu(export), trainingMenu(), viewMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu(Menu export) {
        MenuItem open = fileItem("Open model\u2026", "openMenuItem", Shortcut.OPEN_MODEL, () -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.open(file);
            }
        });
        MenuItem saveAs = fileItem("Save model as\u2026", "saveMenuItem", Shortcut.SAVE_MODEL, () -> {
            Path file = dialogs.chooseModelToSave(stage, setup.modelFolder(), suggestedName());
            if (file != null) {
                viewModel.saveAs(file);
            }
        });
        MenuItem openData = fileItem("Open dataset\u2026", "openDatasetMenuItem", Shortcut.OPEN_DATASET, () -> {
            Path dir = dialogs.chooseDatasetFolder(stage, InstallFolder.find(Path.of("assets")).orElse(null));
            if (dir != null) {
                viewModel.openDataset(dir);
            }
        });
        GenerateDatasetDialogs generate = new GenerateDatasetDialogs(stage, viewModel.generator(), dialogs);
        MenuItem generateData = fileItem("Generate dataset\u2026", "generateDatasetMenuItem", Shortcut.GENERATE_DATASET, generate::ask);
        generateData.disableProperty().bind(viewModel.filesEnabledBinding().not().or(viewModel.generator().runningProperty()));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(Shortcut.QUIT.accelerator());
        quit.setOnAction(e -> stage.close());
        return new Menu("File", null, open, saveAs, new SeparatorMenuItem(), openData, generateData, export, new SeparatorMenuItem(), quit);
    }

    /** An item that reads or writes a file: possible only while no run is under way and no file operation pending. */
    private MenuItem fileItem(String label, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setAccelerator(shortcut.accelerator());
        item.disableProperty().bind(viewModel.filesEnabledBinding().not());
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu trainingMenu() {
        TrainingViewModel training = viewModel.training();
        MenuItem train = new MenuItem("Train");
        train.setAccelerator(Shortcut.TRAIN.accelerator());
        train.disableProperty().bind(training.canTrainProperty().not());
        train.setOnAction(e -> training.train());
        MenuItem pause = new MenuItem(withKeys("Pause / resume", Shortcut.PAUSE));
        pause.disableProperty().bind(training.activeBinding().not());
        pause.setOnAction(e -> training.togglePause());
        MenuItem stop = new MenuItem("Stop");
        stop.setAccelerator(Shortcut.STOP.accelerator());
        stop.disableProperty().bind(training.activeBinding().not());
        stop.setOnAction(e -> training.stop());
        MenuItem reset = new MenuItem("Reset to an untrained model");
        reset.setAccelerator(Shortcut.RESET.accelerator());
        reset.disableProperty().bind(training.configProperty().isNull());
        reset.setOnAction(e -> training.reset());
        MenuItem evaluate = new MenuItem("Evaluate the model\u2026");
        evaluate.setId("evaluateMenuItem");
        evaluate.setAccelerator(Shortcut.EVALUATE.accelerator());
        evaluate.disableProperty().bind(viewModel.evaluation().busyProperty());
        evaluate.setOnAction(e -> viewModel.evaluation().evaluate());
        return new Menu("Training", null, train, pause, stop, new SeparatorMenuItem(), reset, new SeparatorMenuItem(),
                evaluate);
    }

    private Menu viewMenu() {
        LatentPlaneViewModel plane = viewModel.plane();
        CheckMenuItem manifold = new CheckMenuItem(withKeys("Manifold grid", Shortcut.MANIFOLD));
        manifold.setId("manifoldMenuItem");
        manifold.selectedProperty().addListener((obs, old, now) -> plane.setManifoldVisible(now));
        plane.manifoldVisibleProperty().addListener((obs, old, now) -> manifold.setSelected(now));
        MenuItem fit = new MenuItem(withKeys("Fit to data", Shortcut.FIT));
        fit.setOnAction(e -> plane.fitToData());
        MenuItem zoomIn = new MenuItem(withKeys("Zoom in", Shortcut.ZOOM_IN));
        zoomIn.setOnAction(e -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP));
        MenuItem zoomOut = new MenuItem(withKeys("Zoom out", Shortcut.ZOOM_OUT));
        zoomOut.setOnAction(e -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP));

        DisplayViewModel display = viewModel.display();
        CheckMenuItem presenter = new CheckMenuItem(withKeys("Presenter mode", Shortcut.PRESENTER));
        presenter.setId("presenterMenuItem");
        presenter.selectedProperty().addListener((obs, old, now) -> {
            if (now != display.presenterProperty().get()) {
                display.togglePresenter();
            }
        });
        display.presenterProperty().addListener((obs, old, now) -> presenter.setSelected(now));
        MenuItem shortcuts = new MenuItem(withKeys("Keyboard shortcuts", Shortcut.HELP));
        shortcuts.setOnAction(e -> display.toggleHelp());
        // Opens a model file beside the current one, so only while files may be opened.
        MenuItem compare = fileItem("Compare decoders with another model\u2026", "compareMenuItem", Shortcut.COMPARE, () -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.comparison().compareWith(file);
            }
        });
        return new Menu("View", null, manifold, fit, zoomIn, zoomOut, new SeparatorMenuItem(), presenter, shortcuts,
                new SeparatorMenuItem(), compare);
    }

    /** A menu label naming its single-key shortcut, e.g. "Manifold grid    (M)": keys from the one table. */
    private static String withKeys(String label, Shortcut shortcut) {
        return label + "    (" + shortcut.keys() + ")";
    }

    /** The model's own file name, but never the shipped model's: saving over it is refused. */
    private String suggestedName() {
        CurrentModel m = viewModel.modelProperty().get();
        String name = m != null && m.path() != null ? String.valueOf(m.path().getFileName()) : "my-model.zip";
        return setup.shippedModel() != null && name.equals(String.valueOf(setup.shippedModel().getFileName()))
                ? "my-model.zip" : name;
    }
}
