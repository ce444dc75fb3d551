package org.vaeexplorer.testing;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.ui.app.DataSource;
import org.vaeexplorer.ui.app.ExplorerApp;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;
import org.vaeexplorer.ui.fx.FileDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window as the window tests open it: a tiny model trained once per test class on synthetic digits, then
 * for each test a new window on it with a runs folder of its own (each test starts with no runs), closed
 * with every dialog it left open.
 */
public final class TinyWindow {

    public static final int TIMEOUT_SECONDS = 60;

    private final Path dir;
    private final Dataset data;
    private final Path modelFile;
    private int opened;
    private ExplorerApp app;
    private Stage stage;

    private TinyWindow(Path dir, Dataset data, Path modelFile) {
        this.dir = dir;
        this.data = data;
        this.modelFile = modelFile;
    }

    /** Trains the tiny model with {@code latent} dimensions for one epoch and saves it in {@code dir}. */
    public static TinyWindow withModel(Path dir, int latent) throws Exception {
        Dataset data = TestModels.tinyData();
        Path model = TestModels.save(TestModels.trainedModel(data, latent, 1), dir, "tiny" + (latent == 2 ? "" : latent) + ".zip");
        return new TinyWindow(dir, data, model);
    }

    /**
     * Tiny models under the file names of the shipped ones, beside the window's own model, where the window looks
     * for the shipped models (the lesson opens them by name): the 2-D model as the 2-D MLP and convolutional ones,
     * and a tiny 20-D one.
     */
    public void shipTinyModels() throws Exception {
        Files.copy(modelFile, dir.resolve("mnist-latent2.zip"));
        Files.copy(modelFile, dir.resolve("mnist-conv-latent2.zip"));
        TestModels.save(TestModels.trainedModel(data, 20, 1), dir, "mnist-latent20.zip");
    }

    public ExplorerApp open(Stage primary, FileDialogs dialogs) {
        return open(primary, dialogs, UnaryOperator.identity());
    }

    /** Opens the window with {@code adjust} applied to its setup (other settings, say). */
    public ExplorerApp open(Stage primary, FileDialogs dialogs, UnaryOperator<Setup> adjust) {
        stage = primary;
        app = new ExplorerApp(adjust.apply(setup()), dialogs);
        app.start(primary);
        return app;
    }

    /** A setup on the tiny model and data, with a runs folder no window has used yet. */
    public Setup setup() {
        return new Setup(modelFile, modelFile, dir, DataSource.of(data), dir.resolve("runs-" + opened++));
    }

    /** Closes the dialogs a test left open, then the window. */
    public void close() {
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            if (w != stage) {
                w.hide();
            }
        }
        app.stop();
    }

    public ExplorerApp app() {
        return app;
    }

    public ExplorerViewModel viewModel() {
        return app.viewModel();
    }

    public Dataset data() {
        return data;
    }

    public Path modelFile() {
        return modelFile;
    }

    public Path dir() {
        return dir;
    }

    /** Until the model is loaded, its encodings are on the plane and Train can start a run. */
    public void awaitReady() throws TimeoutException {
        awaitReady(app);
    }

    /** {@link #awaitReady()} for a window on another model (the shipped one, say). */
    public static void awaitReady(ExplorerApp app) throws TimeoutException {
        ExplorerViewModel vm = app.viewModel();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> vm.interactiveProperty().get() && vm.training().canTrainProperty().get()
                        && vm.plane().scatterProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for {@code n} frames of the FX thread: the window's own clock, not a sleep. */
    public static void awaitFrames(int n) throws InterruptedException {
        CountDownLatch frames = new CountDownLatch(n);
        AnimationTimer[] timer = new AnimationTimer[1];
        WaitForAsyncUtils.asyncFx(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                    if (frames.getCount() == 0) {
                        stop();
                    }
                }
            };
            timer[0].start();
        });
        assertThat(frames.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
}
