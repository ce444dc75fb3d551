package org.vaeexplorer.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.vaeexplorer.ui.charts.LossChartView;
import org.vaeexplorer.ui.evaluate.EvaluateView;
import org.vaeexplorer.ui.compare.ComparisonWindow;
import org.vaeexplorer.ui.export.ExportMenu;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.FocusGuard;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.FxBackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.ToolkitStart;
import org.vaeexplorer.ui.plane.DecodedDigitView;
import org.vaeexplorer.ui.plane.LatentPlaneView;
import org.vaeexplorer.ui.plane.ReconstructionView;
import org.vaeexplorer.ui.runs.RunOverlayLayer;
import org.vaeexplorer.ui.runs.RunsView;
import org.vaeexplorer.ui.samples.SampleStripView;
import org.vaeexplorer.ui.tools.TeachingTools;
import org.vaeexplorer.ui.tools.TeachingToolsView;
import org.vaeexplorer.ui.training.PresetsView;
import org.vaeexplorer.ui.training.StepView;
import org.vaeexplorer.ui.training.TrainingControlsView;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.ScrollReveal;
import org.vaeexplorer.ui.fx.SplitDivider;
import org.vaeexplorer.ui.fx.TabStrip;
import org.vaeexplorer.ui.fx.Tabs;
import org.vaeexplorer.ui.lesson.LessonView;
import org.vaeexplorer.ui.lesson.LessonViewModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The explorer window's composition root: {@link #start(Stage)} is the one place where view models, views, the
 * frame clock and the executor are created and connected. The menus ({@link ExplorerMenus}), the single-key
 * shortcuts ({@link KeyShortcuts}) and the dialogs ({@link WindowDialogs}) are built in classes of their own.
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
     * How long closing may take once the process is asked to end: within the time a relaunched app has
     * (ChildLifetime.SHUTDOWN_GRACE) and the time a user waits for.
     */
    static final Duration EXIT_WAIT = Duration.ofMillis(3800);
    /** The form's names at 16 pt need this much more width; more would squeeze the plane on a 1024-pixel screen. */
    static final double PRESENTER_EXTRA_LEFT = 40;

    private Setup setup;
    private FileDialogs dialogs;
    private ExplorerViewModel viewModel;
    private TeachingTools tools;
    private LessonViewModel lesson;
    private BackgroundExecutor executor;
    private AnimationTimer frames;
    private Scene scene;
    private Stage stage;
    private Thread exitHook;

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
        I18n.use(setup.settings().languageOr(Locale.getDefault()));
        executor = new FxBackgroundExecutor();
        viewModel = new ExplorerViewModel(setup, executor);
        exitHook = closeWhenProcessEnds();
        // Opening the model overlaps with building the window; its result arrives on this thread
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

        PlaneBand band = new PlaneBand(plane, digit, reconstructions);

        Tab lossTab = Tabs.of("tab.losses", losses, "lossTab");
        Tab runsTab = Tabs.lazy("tab.runs", runs, "runsTab");
        runs.listRunsWhile(runsTab.selectedProperty());
        TabPane bottom = new TabPane(
                lossTab,
                Tabs.lazy("tab.samples", samples, "samplesTab"),
                runsTab);
        runs.setOnShowCurves(() -> bottom.getSelectionModel().select(lossTab));
        bottom.setId("bottomTabs");
        tools = new TeachingTools(viewModel.plane(), viewModel.dataProperty(), executor);
        bottom.getTabs().addAll(TeachingToolsView.tabs(tools, large));
        Tab evaluateTab = Tabs.lazy("tab.evaluate", Tabs.scrolling(new EvaluateView(viewModel.evaluation())), "evaluateTab");
        bottom.getTabs().add(evaluateTab);
        // However it was asked for (button, menu, shortcut), an evaluation shows its tab.
        viewModel.evaluation().busyProperty().addListener((obs, was, now) -> {
            if (now) {
                bottom.getSelectionModel().select(evaluateTab);
            }
        });
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
        SplitDivider.keepRoomFor(tabArea, center);

        StepView steps = new StepView(viewModel.training());
        ScrollPane left = new ScrollPane(new VBox(8, controls, steps, presets));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("controls-scroll");
        double leftWidth = large ? 320 : 270;
        left.setPrefWidth(leftWidth);
        left.setMinWidth(250);
        // Paused, the Step panel opens below the run's buttons, under a small window's fold: it comes into view,
        // and again when the first step's pictures make it taller.
        steps.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                Platform.runLater(() -> ScrollReveal.toTop(left, steps));
            }
        });
        viewModel.training().steps().shownProperty().addListener((obs, was, now) -> {
            if (was == null && now != null) {
                Platform.runLater(() -> ScrollReveal.toTop(left, steps));
            }
        });

        // The lesson lies at the right, beside the plane rather than over it; while it is open it is the hint.
        lesson = new LessonViewModel(new WindowForLesson(viewModel, bottom, setup.shippedModel()));
        LaunchHint hint = new LaunchHint(new LaunchHintViewModel(setup.settings()),
                viewModel.display().presenterProperty().or(lesson.shownProperty()));
        VBox hintAndCenter = new VBox(hint, center);
        VBox.setVgrow(center, Priority.ALWAYS);
        BorderPane root = new BorderPane(hintAndCenter);
        Menu export = new ExportMenu(stage, dialogs, viewModel.exports())
                .menu(() -> scene.getRoot(), Shortcut.EXPORT_VIEW.accelerator(), plane, losses, samples);
        root.setRight(new LessonView(lesson));
        root.setTop(new ExplorerMenus(stage, viewModel, dialogs, setup).bar(export, lesson));
        root.setLeft(left);
        root.setBottom(status);
        root.getStyleClass().add("explorer");
        WholeWindowLayer wholeWindow = new WholeWindowLayer(viewModel.display(), Map.of(
                DisplayViewModel.Panel.PLANE, plane,
                DisplayViewModel.Panel.DECODED_DIGIT, digit,
                DisplayViewModel.Panel.RECONSTRUCTIONS, reconstructions,
                DisplayViewModel.Panel.TABS, tabArea));
        // A panel filling the window lies over it, the shortcut list over both.
        StackPane layers = new StackPane(root, wholeWindow, help);
        ChineseFont.follow(layers);

        scene = new Scene(layers, width, height);
        scene.getStylesheets().add(ExplorerApp.class.getResource("explorer.css").toExternalForm());
        KeyShortcuts.install(viewModel, tools.anomalies(), scene, wholeWindow);
        FocusGuard.install(scene, plane.plot());

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
            // The charts' larger type needs room: placed once P's other changes are made (the hint, the form's
            // width, the new type), from the window laid out with them (SplitDivider.place).
            Platform.runLater(() -> SplitDivider.place(tabArea, center, on ? PRESENTER_DIVIDER : NORMAL_DIVIDER));
        });

        WindowDialogs.install(stage, scene, viewModel);
        new ComparisonWindow(stage, viewModel.comparison(), scene.getStylesheets());

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
        SplitDivider.place(tabArea, center, NORMAL_DIVIDER);
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

    /** The lesson beside the window (Help > Lesson). */
    public LessonViewModel lesson() {
        return lesson;
    }

    @Override
    public Scene scene() {
        return scene;
    }
}
