package org.vaeexplorer.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.ui.charts.LossChartView;
import org.vaeexplorer.ui.export.ExportMenu;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.FocusGuard;
import org.vaeexplorer.ui.fx.FxBackgroundExecutor;
import org.vaeexplorer.ui.fx.ToolkitStart;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.plane.DecodedDigitView;
import org.vaeexplorer.ui.plane.LatentPlaneView;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.ReconstructionView;
import org.vaeexplorer.ui.runs.RunOverlayLayer;
import org.vaeexplorer.ui.runs.RunsView;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.samples.SampleStripView;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.tools.TeachingTools;
import org.vaeexplorer.ui.tools.TeachingToolsView;
import org.vaeexplorer.ui.training.PresetsView;
import org.vaeexplorer.ui.training.TrainingControlsView;
import org.vaeexplorer.ui.training.TrainingViewModel;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.TabStrip;
import org.vaeexplorer.ui.fx.Tabs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explorer window. {@link #start(Stage)} is the one place where view models, views, the frame
 * clock and the executor are created and connected.
 */
public final class ExplorerApp extends Application implements ExplorerWindow {

    static final String MODEL_PARAMETER = "model";
    static final String DATA_PARAMETER = "data";
    /** The window fills the screen up to 1920x1080 and needs at least a 1024x640 one (projectors give 1280x720). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;
    static final double MAX_WIDTH = 1920;
    static final double MAX_HEIGHT = 1080;
    /** From this height on, digits are drawn larger. */
    static final double LARGE_HEIGHT = 1000;
    /** The style class that scales all type for a projector (explorer.css). */
    static final String PRESENTER_STYLE = HelpLine.PRESENTER;
    static final int NORMAL_DOT_RADIUS = 2;
    static final int PRESENTER_DOT_RADIUS = 3;
    /** Where the plane band ends and the tabs begin, as a fraction of the height. */
    static final double NORMAL_DIVIDER = 0.62;
    static final double PRESENTER_DIVIDER = 0.52;
    /**
     * How long closing may take once the process is asked to end: within the 4 s a relaunched app has
     * (JvmRelaunch.SHUTDOWN_GRACE) and the 5 s a user waits for.
     */
    static final Duration EXIT_WAIT = Duration.ofMillis(3800);
    /** The form's names at 16 pt need this much more width; more would squeeze the plane on a 1024-pixel screen. */
    static final double PRESENTER_EXTRA_LEFT = 40;

    private Setup setup;
    private FileDialogs dialogs;
    private ExplorerViewModel viewModel;
    private TeachingTools tools;
    private BackgroundExecutor executor;
    private AnimationTimer frames;
    private Scene scene;
    private Stage stage;
    private Thread exitHook;
    private WholeWindowLayer wholeWindow;
    /** Where the mouse last was in the scene: W enlarges the panel under it. */
    private Point2D mouse;

    /** For {@link Application#launch}: the setup comes from the command-line parameters in {@link #init()}. */
    public ExplorerApp() {
    }

    /** A given model, data and file dialogs (tests give dialogs that answer without a person). */
    public ExplorerApp(Setup setup, FileDialogs dialogs) {
        this.setup = setup;
        this.dialogs = dialogs;
    }

    /** Opens the window with {@code setup} on {@code stage}, JavaFX already running; on the FX thread. */
    public static ExplorerWindow open(Setup setup, Stage stage) {
        ExplorerApp app = new ExplorerApp(setup, FileDialogs.fileChooser());
        app.start(stage);
        return app;
    }

    /**
     * Opens the window and blocks until it is closed.
     *
     * @param modelOrNull   model file to open; null for models/mnist-latent2.zip
     * @param dataDirOrNull folder with the four MNIST-style IDX files; null for the bundled MNIST
     */
    public static void launchWindow(Path modelOrNull, Path dataDirOrNull) {
        List<String> args = new ArrayList<>();
        if (modelOrNull != null) {
            args.add("--" + MODEL_PARAMETER + "=" + modelOrNull);
        }
        if (dataDirOrNull != null) {
            args.add("--" + DATA_PARAMETER + "=" + dataDirOrNull);
        }
        ToolkitStart.prepare();
        Application.launch(ExplorerApp.class, args.toArray(String[]::new));
    }

    @Override
    public void init() {
        if (setup == null) {
            Map<String, String> named = getParameters().getNamed();
            String model = named.get(MODEL_PARAMETER);
            String data = named.get(DATA_PARAMETER);
            setup = Setup.standard(model == null ? null : Path.of(model), data == null ? null : Path.of(data));
            dialogs = FileDialogs.fileChooser();
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        executor = new FxBackgroundExecutor();
        viewModel = new ExplorerViewModel(setup, executor);
        exitHook = closeWhenProcessEnds();
        // Opening the model (0.7 s) overlaps with building the window; its result arrives on this thread
        // after start() returns, when every view listens.
        viewModel.start();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, screen.getWidth()));
        double height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, screen.getHeight()));
        boolean large = height >= LARGE_HEIGHT;

        LatentPlaneView plane = new LatentPlaneView(viewModel.plane());
        DecodedDigitView digit = new DecodedDigitView(viewModel.plane(), large ? 10 : 6);
        ReconstructionView reconstructions = new ReconstructionView(viewModel.reconstructions(), large ? 3 : 2);
        LossChartView losses = new LossChartView(viewModel.training().losses());
        SampleStripView samples = new SampleStripView(viewModel.samples());
        TrainingControlsView controls = new TrainingControlsView(viewModel.training());
        StatusBar status = new StatusBar(viewModel);
        RunOverlayLayer overlays = new RunOverlayLayer(viewModel.runs(), losses);
        RunsView runs = new RunsView(viewModel.runs());
        PresetsView presets = new PresetsView(viewModel.presets(), viewModel.training());
        HelpOverlay help = new HelpOverlay(viewModel.display());

        HBox top = new HBox(10, plane, digit, reconstructions);
        HBox.setHgrow(plane, Priority.ALWAYS);
        // One help line for the band's three panels: a line in each of the two narrow ones took 3-4 lines and
        // cost the charts their least height on a projector.
        Label bandHelp = HelpLine.of("");
        bandHelp.setId("bandHelp");
        bandHelp.textProperty().bind(Bindings.concat(plane.helpLine().textProperty(),
                " Beside it: the decoder's picture of the cross's z, and test images in and out of the VAE."));
        VBox band = new VBox(2, bandHelp, top);
        VBox.setVgrow(top, Priority.ALWAYS);
        band.getStyleClass().add("band");

        Tab lossTab = Tabs.of("Loss curves", losses, "lossTab");
        Tab runsTab = Tabs.lazy("Runs", runs, "runsTab");
        runs.listRunsWhile(runsTab.selectedProperty());
        TabPane bottom = new TabPane(
                lossTab,
                Tabs.lazy("Blurry \u2192 sharp", samples, "samplesTab"),
                runsTab);
        runs.setOnShowCurves(() -> bottom.getSelectionModel().select(lossTab));
        bottom.setId("bottomTabs");
        tools = new TeachingTools(viewModel.plane(), viewModel.dataProperty(), executor);
        bottom.getTabs().addAll(TeachingToolsView.tabs(tools, large));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // The tab area never gets less than the loss charts' least height; the band above gives way, its
        // digits shrinking, so the divider also drags at 1280x720 in presenter mode.
        TabStrip tabArea = new TabStrip(bottom, losses);
        SplitPane center = new SplitPane(band, tabArea);
        center.setId("centerSplit");
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(NORMAL_DIVIDER);
        SplitPane.setResizableWithParent(tabArea, false);
        // A split pane placed by a fraction (at launch, on P) or shrunk with the window may leave the tab area
        // less than its least height and lay the band over the tab names: the divider then moves up.
        center.heightProperty().addListener(o -> Platform.runLater(() -> keepRoomFor(tabArea, center)));
        center.widthProperty().addListener(o -> Platform.runLater(() -> keepRoomFor(tabArea, center)));

        ScrollPane left = new ScrollPane(new VBox(8, controls, presets));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("controls-scroll");
        double leftWidth = large ? 320 : 270;
        left.setPrefWidth(leftWidth);
        left.setMinWidth(250);

        LaunchHint hint = new LaunchHint(new LaunchHintViewModel(setup.settings()), viewModel.display().presenterProperty());
        VBox hintAndCenter = new VBox(hint, center);
        VBox.setVgrow(center, Priority.ALWAYS);
        BorderPane root = new BorderPane(hintAndCenter);
        Menu export = new ExportMenu(stage, dialogs, viewModel.exports())
                .menu(() -> scene.getRoot(), Shortcut.EXPORT_VIEW.accelerator(), plane, losses, samples);
        root.setTop(menuBar(stage, export));
        root.setLeft(left);
        root.setBottom(status);
        root.getStyleClass().add("explorer");
        wholeWindow = new WholeWindowLayer(viewModel.display(), Map.of(
                DisplayViewModel.Panel.PLANE, plane,
                DisplayViewModel.Panel.DECODED_DIGIT, digit,
                DisplayViewModel.Panel.RECONSTRUCTIONS, reconstructions,
                DisplayViewModel.Panel.TABS, tabArea));
        // A panel filling the window lies over it, the shortcut list over both.
        StackPane layers = new StackPane(root, wholeWindow, help);

        scene = new Scene(layers, width, height);
        scene.getStylesheets().add(ExplorerApp.class.getResource("explorer.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::singleKeyShortcuts);
        FocusGuard.install(scene, plane.plot());
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> mouse = new Point2D(e.getSceneX(), e.getSceneY()));
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> mouse = new Point2D(e.getSceneX(), e.getSceneY()));

        DisplayViewModel display = viewModel.display();
        display.presenterProperty().addListener((obs, old, on) -> {
            // Type follows the root's font size (CSS); charts and canvases draw their own and are told.
            layers.getStyleClass().remove(PRESENTER_STYLE);
            if (on) {
                layers.getStyleClass().add(PRESENTER_STYLE);
            }
            losses.setScale(display.scale());
            overlays.setScale(display.scale());
            plane.setDotRadius(on ? PRESENTER_DOT_RADIUS : NORMAL_DOT_RADIUS);
            left.setPrefWidth(on ? leftWidth + PRESENTER_EXTRA_LEFT : leftWidth); // the form's names grow with the type
            // The charts' larger type needs room: from the laid-out sizes, once the new type is applied.
            Platform.runLater(() -> placeDivider(tabArea, center, on ? PRESENTER_DIVIDER : NORMAL_DIVIDER));
        });

        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showError(stage, error);
            }
        });
        viewModel.runs().interruptedProperty().addListener((obs, old, run) -> {
            if (run != null) {
                offerToResume(stage, run);
            }
        });

        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                viewModel.onFrame();
            }
        };
        frames.start();

        stage.setTitle("VAE Explorer");
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        placeDivider(tabArea, center, NORMAL_DIVIDER);
        plane.plot().requestFocus();
    }

    @Override
    public void stop() {
        if (exitHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException shuttingDown) {
                // this is the hook at work
            }
        }
        if (frames != null) {
            frames.stop();
        }
        if (viewModel != null) {
            viewModel.close();
        }
    }

    /**
     * SIGTERM or SIGINT (a logout, Ctrl-C in the terminal, a parent JVM ending): the JVM runs shutdown hooks on
     * those signals and halts once they return, so this one keeps a run under way as closing the window
     * would, at most {@link #EXIT_WAIT}, on its own thread: the UI thread may be busy, or starved on a loaded
     * machine, and is not waited for.
     */
    private Thread closeWhenProcessEnds() {
        Thread hook = new Thread(() -> viewModel.keepRunForProcessExit(EXIT_WAIT), "keep-run-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    @Override
    public void close() {
        stage.close();
        stop();
    }

    @Override
    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    /** The teaching tools' view models. */
    public TeachingTools tools() {
        return tools;
    }

    @Override
    public Scene scene() {
        return scene;
    }

    /** A menu label naming its single-key shortcut, e.g. "Manifold grid    (M)": keys from the one table. */
    private static String withKeys(String label, Shortcut shortcut) {
        return label + "    (" + shortcut.keys() + ")";
    }

    private MenuBar menuBar(Stage stage, Menu export) {
        MenuItem open = new MenuItem("Open model\u2026");
        open.setId("openMenuItem");
        open.setAccelerator(Shortcut.OPEN_MODEL.accelerator());
        open.disableProperty().bind(viewModel.filesEnabledBinding().not());
        open.setOnAction(e -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.open(file);
            }
        });
        MenuItem saveAs = new MenuItem("Save model as\u2026");
        saveAs.setId("saveMenuItem");
        saveAs.setAccelerator(Shortcut.SAVE_MODEL.accelerator());
        saveAs.disableProperty().bind(viewModel.filesEnabledBinding().not());
        saveAs.setOnAction(e -> {
            Path file = dialogs.chooseModelToSave(stage, setup.modelFolder(), suggestedName());
            if (file != null) {
                viewModel.saveAs(file);
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(Shortcut.QUIT.accelerator());
        quit.setOnAction(e -> stage.close());

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

        MenuItem openData = new MenuItem("Open dataset\u2026");
        openData.setId("openDatasetMenuItem");
        openData.setAccelerator(Shortcut.OPEN_DATASET.accelerator());
        openData.disableProperty().bind(viewModel.filesEnabledBinding().not());
        openData.setOnAction(e -> {
            Path dir = dialogs.chooseDatasetFolder(stage, InstallFolder.find(Path.of("assets")).orElse(null));
            if (dir != null) {
                viewModel.openDataset(dir);
            }
        });

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

        MenuBar bar = new MenuBar(
                new Menu("File", null, open, saveAs, new SeparatorMenuItem(), openData, export, new SeparatorMenuItem(), quit),
                new Menu("Training", null, train, pause, stop, new SeparatorMenuItem(), reset),
                new Menu("View", null, manifold, fit, zoomIn, zoomOut, new SeparatorMenuItem(), presenter, shortcuts));
        bar.setId("menuBar");
        return bar;
    }

    /**
     * The single-key rows of {@link Shortcut}: single keys, so they act only when no text field has the
     * focus (there they type). Menu accelerators would fire even while typing, hence this filter.
     */
    private void singleKeyShortcuts(KeyEvent e) {
        DisplayViewModel display = viewModel.display();
        if (display.helpShownProperty().get() && e.getCode() == KeyCode.ESCAPE) {
            display.hideHelp();
            e.consume();
            return;
        }
        if (display.wholeWindowProperty().get() != null && e.getCode() == KeyCode.ESCAPE) {
            display.restorePanels();
            e.consume();
            return;
        }
        Shortcut shortcut = Shortcut.ofSingleKey(e);
        if (shortcut == null || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        LatentPlaneViewModel plane = viewModel.plane();
        switch (shortcut) {
            case PAUSE -> viewModel.training().togglePause();
            case MANIFOLD -> plane.toggleManifold();
            case FIT -> plane.fitToData();
            case ZOOM_IN -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP);
            case ZOOM_OUT -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP);
            case PREVIOUS_SNAPSHOT -> viewModel.samples().step(-1);
            case NEXT_SNAPSHOT -> viewModel.samples().step(1);
            case PRESENTER -> display.togglePresenter();
            case HELP -> display.toggleHelp();
            case WHOLE_WINDOW -> display.toggleWholeWindow(panelToEnlarge());
            default -> {
                return; // menu accelerators and keys a view handles itself
            }
        }
        e.consume();
    }

    /**
     * Puts the divider at {@code fraction} of the height, or higher if the tab area needs it for its least
     * height (the loss charts' 200 pixels under rows of tab names): a split pane told a fraction it cannot
     * honour lays the band over the tab names.
     */
    private static void placeDivider(Region tabArea, SplitPane split, double fraction) {
        split.applyCss();
        split.layout();
        double total = split.getHeight();
        if (total <= 0) {
            return;
        }
        Region divider = (Region) split.lookup(".split-pane-divider");
        double dividerHeight = divider == null ? 0 : divider.getHeight();
        double least = tabArea.minHeight(tabArea.getWidth()) + dividerHeight + 1;
        double position = Math.max(0, Math.min(fraction, (total - least) / total));
        if (Math.abs(position - split.getDividerPositions()[0]) > 1e-4) { // else a split pane holding it elsewhere would loop
            split.setDividerPositions(position);
        }
    }

    /**
     * Moves the divider up when the room under it is less than the tab area's least height: the split pane
     * keeps the tab area's height in pixels when the window or the status bar changes height, and then lays
     * it under the divider, cut off at the bottom.
     */
    private static void keepRoomFor(Region tabArea, SplitPane split) {
        Region divider = (Region) split.lookup(".split-pane-divider");
        if (divider == null || !split.getItems().contains(tabArea) || split.getHeight() <= 0) {
            return; // not laid out yet, or lifted out to fill the window (W)
        }
        double room = split.getHeight() - split.snappedBottomInset() - divider.getLayoutY() - divider.getHeight();
        if (tabArea.minHeight(tabArea.getWidth()) - room > 0.5) {
            placeDivider(tabArea, split, split.getDividerPositions()[0]);
        }
    }

    /** The panel under the mouse; else the one holding the keyboard focus; else the plane. */
    private DisplayViewModel.Panel panelToEnlarge() {
        DisplayViewModel.Panel panel = mouse == null ? null : wholeWindow.panelAt(mouse);
        if (panel == null) {
            panel = wholeWindow.panelHolding(scene.getFocusOwner());
        }
        return panel == null ? DisplayViewModel.Panel.PLANE : panel;
    }

    private String suggestedName() {
        CurrentModel m = viewModel.modelProperty().get();
        String name = m != null && m.path() != null ? String.valueOf(m.path().getFileName()) : "my-model.zip";
        return setup.shippedModel() != null && name.equals(String.valueOf(setup.shippedModel().getFileName()))
                ? "my-model.zip" : name;
    }

    /** A run the app did not survive: ask once whether to continue it from its last checkpoint. */
    private void offerToResume(Stage owner, RunEntry run) {
        ButtonType resume = new ButtonType("Resume", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", resume, later);
        alert.initOwner(owner);
        alert.setTitle("Resume the interrupted run?");
        alert.setHeaderText("A training run was interrupted");
        Label content = new Label(run.id() + " (" + run.settings() + ") stopped at "
                + run.run().position().describe() + " of " + run.config().epochs() + " epochs when the app closed."
                + "\n\nResume it from its last checkpoint? \"Not now\" keeps it in the Runs list:"
                + " Make current, then Train, resumes it later.");
        content.setWrapText(true);
        content.setMaxWidth(600);
        content.setId("resumeMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.setOnHidden(e -> {
            if (alert.getResult() == resume) {
                viewModel.resumeInterrupted(run);
            } else {
                viewModel.runs().dismissInterrupted();
            }
        });
        alert.show();
    }

    private void showError(Stage owner, UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(error.title());
        alert.setHeaderText(error.title());
        Label content = new Label(error.message());
        content.setWrapText(true);
        content.setMaxWidth(600);
        content.setId("errorMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.setOnHidden(e -> viewModel.acknowledgeError());
        alert.show();
    }
}
