package org.vaeexplorer.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
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
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explorer window. {@link #start(Stage)} is the one place where view models, views, the frame
 * clock and the executor are created and connected.
 */
public final class ExplorerApp extends Application {

    static final String MODEL_PARAMETER = "model";
    static final String DATA_PARAMETER = "data";
    /** The window fills the screen up to 1920x1080 and needs at least a 1024x640 one (projectors give 1280x720). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;
    static final double MAX_WIDTH = 1920;
    static final double MAX_HEIGHT = 1080;
    /** From this height on, digits are drawn larger. */
    static final double LARGE_HEIGHT = 1000;

    private Setup setup;
    private FileDialogs dialogs;
    private ExplorerViewModel viewModel;
    private TeachingTools tools;
    private BackgroundExecutor executor;
    private AnimationTimer frames;
    private Scene scene;

    /** For {@link Application#launch}: the setup comes from the command-line parameters in {@link #init()}. */
    public ExplorerApp() {
    }

    /** For tests and the benchmark: a given model, data and file dialogs. */
    public ExplorerApp(Setup setup, FileDialogs dialogs) {
        this.setup = setup;
        this.dialogs = dialogs;
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
        executor = new FxBackgroundExecutor();
        viewModel = new ExplorerViewModel(setup, executor);
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

        HBox top = new HBox(10, plane, digit, reconstructions);
        HBox.setHgrow(plane, Priority.ALWAYS);
        top.getStyleClass().add("band");

        TabPane bottom = new TabPane(
                tab("Loss curves", losses, "lossTab"),
                tab("Blurry \u2192 sharp", samples, "samplesTab"));
        bottom.setId("bottomTabs");
        tools = new TeachingTools(viewModel.plane(), viewModel.dataProperty(), executor);
        bottom.getTabs().addAll(TeachingToolsView.tabs(tools, large));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane center = new SplitPane(top, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(large ? 0.62 : 0.62);
        SplitPane.setResizableWithParent(bottom, false);

        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("controls-scroll");
        left.setPrefWidth(large ? 320 : 270);
        left.setMinWidth(250);

        BorderPane root = new BorderPane(center);
        root.setTop(menuBar(stage));
        root.setLeft(left);
        root.setBottom(status);
        root.getStyleClass().add("explorer");

        scene = new Scene(root, width, height);
        scene.getStylesheets().add(ExplorerApp.class.getResource("explorer.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::singleKeyShortcuts);

        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showError(stage, error);
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
        plane.plot().requestFocus();
        viewModel.start();
    }

    @Override
    public void stop() {
        if (frames != null) {
            frames.stop();
        }
        if (viewModel != null) {
            viewModel.close();
        }
    }

    ExplorerViewModel viewModel() {
        return viewModel;
    }

    TeachingTools tools() {
        return tools;
    }

    Scene scene() {
        return scene;
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem open = new MenuItem("Open model\u2026");
        open.setId("openMenuItem");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.disableProperty().bind(viewModel.filesEnabledBinding().not());
        open.setOnAction(e -> {
            Path file = dialogs.chooseModelToOpen(stage, setup.modelFolder());
            if (file != null) {
                viewModel.open(file);
            }
        });
        MenuItem saveAs = new MenuItem("Save model as\u2026");
        saveAs.setId("saveMenuItem");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAs.disableProperty().bind(viewModel.filesEnabledBinding().not());
        saveAs.setOnAction(e -> {
            Path file = dialogs.chooseModelToSave(stage, setup.modelFolder(), suggestedName());
            if (file != null) {
                viewModel.saveAs(file);
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());

        TrainingViewModel training = viewModel.training();
        MenuItem train = new MenuItem("Train");
        train.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        train.disableProperty().bind(training.canTrainProperty().not());
        train.setOnAction(e -> training.train());
        MenuItem pause = new MenuItem("Pause / resume    (Space)");
        pause.disableProperty().bind(training.activeBinding().not());
        pause.setOnAction(e -> training.togglePause());
        MenuItem stop = new MenuItem("Stop");
        stop.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        stop.disableProperty().bind(training.activeBinding().not());
        stop.setOnAction(e -> training.stop());
        MenuItem reset = new MenuItem("Reset to an untrained model");
        reset.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reset.disableProperty().bind(training.configProperty().isNull());
        reset.setOnAction(e -> training.reset());

        LatentPlaneViewModel plane = viewModel.plane();
        CheckMenuItem manifold = new CheckMenuItem("Manifold grid    (M)");
        manifold.setId("manifoldMenuItem");
        manifold.selectedProperty().addListener((obs, old, now) -> plane.setManifoldVisible(now));
        plane.manifoldVisibleProperty().addListener((obs, old, now) -> manifold.setSelected(now));
        MenuItem fit = new MenuItem("Fit to data    (F)");
        fit.setOnAction(e -> plane.fitToData());
        MenuItem zoomIn = new MenuItem("Zoom in    (+)");
        zoomIn.setOnAction(e -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP));
        MenuItem zoomOut = new MenuItem("Zoom out    (\u2212)");
        zoomOut.setOnAction(e -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP));

        MenuBar bar = new MenuBar(
                new Menu("File", null, open, saveAs, new SeparatorMenuItem(), quit),
                new Menu("Training", null, train, pause, stop, new SeparatorMenuItem(), reset),
                new Menu("View", null, manifold, fit, zoomIn, zoomOut));
        bar.setId("menuBar");
        return bar;
    }

    /**
     * Space, M, F, + and -: single keys, so they act only when no text field has the focus (there they type).
     * Menu accelerators would fire even while typing, hence this filter.
     */
    private void singleKeyShortcuts(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        LatentPlaneViewModel plane = viewModel.plane();
        switch (e.getCode()) {
            case SPACE -> viewModel.training().togglePause();
            case M -> plane.toggleManifold();
            case F -> plane.fitToData();
            case PLUS, EQUALS, ADD -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP);
            case MINUS, SUBTRACT -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private String suggestedName() {
        CurrentModel m = viewModel.modelProperty().get();
        String name = m != null && m.path() != null ? String.valueOf(m.path().getFileName()) : "my-model.zip";
        return setup.shippedModel() != null && name.equals(String.valueOf(setup.shippedModel().getFileName()))
                ? "my-model.zip" : name;
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
