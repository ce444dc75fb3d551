package org.vaeexplorer.instruments;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.app.ExplorerApp;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;
import org.vaeexplorer.ui.fx.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The real window as the measurements ({@code bench --ui}, {@code soak}) use it: opened with a set-up (JavaFX
 * started headless first if it is not running), its latent point dragged like a mouse, closed.
 */
final class BenchWindow {

    private static final Logger LOG = LoggerFactory.getLogger(BenchWindow.class);

    private final ExplorerApp app;
    private final Stage stage;
    /** How JavaFX was started ("monocle-headless ...", "x11 :0"), or null if it was already running. */
    private final String display;

    private BenchWindow(ExplorerApp app, Stage stage, String display) {
        this.app = app;
        this.stage = stage;
        this.display = display;
    }

    static BenchWindow open(Setup setup) throws InterruptedException {
        String display = UiBenchmark.startToolkit();
        return UiBenchmark.onFx(() -> {
            if (display != null) {
                Platform.setImplicitExit(false); // closing the window must not end the toolkit before we do
            }
            ExplorerApp app = new ExplorerApp(setup, UiBenchmark.noDialogs());
            Stage stage = new Stage();
            app.start(stage);
            return new BenchWindow(app, stage, display);
        });
    }

    ExplorerViewModel viewModel() {
        return app.viewModel();
    }

    Scene scene() {
        return app.scene();
    }

    String display() {
        return display;
    }

    private Node plot() {
        return scene().lookup("#latentPlot");
    }

    /**
     * Presses on the plane and drags the point along {@link UiBenchmark#dragPosition} every
     * {@link UiBenchmark#DRAG_PERIOD_MICROS} µs, never queueing a drag behind one the FX thread has not run
     * yet; {@code afterEachDrag} runs on the FX thread after each. Shut the returned executor down, then
     * {@link #release()}. More periodic work may be scheduled on it.
     */
    ScheduledExecutorService startDragging(String threadName, Runnable afterEachDrag) throws InterruptedException {
        Node plot = plot();
        UiBenchmark.onFx(() -> UiBenchmark.fire(plot, MouseEvent.MOUSE_PRESSED, UiBenchmark.dragPosition(plot, 0)));
        long start = System.nanoTime();
        AtomicBoolean queued = new AtomicBoolean();
        ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        driver.scheduleAtFixedRate(() -> {
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    UiBenchmark.fire(plot, MouseEvent.MOUSE_DRAGGED,
                            UiBenchmark.dragPosition(plot, (System.nanoTime() - start) / 1e9));
                    afterEachDrag.run();
                });
            }
        }, UiBenchmark.DRAG_PERIOD_MICROS, UiBenchmark.DRAG_PERIOD_MICROS, TimeUnit.MICROSECONDS);
        return driver;
    }

    /** Releases the mouse button pressed by {@link #startDragging}. */
    void release() throws InterruptedException {
        Node plot = plot();
        UiBenchmark.onFx(() -> UiBenchmark.fire(plot, MouseEvent.MOUSE_RELEASED, UiBenchmark.dragPosition(plot, 0)));
    }

    /**
     * Waits for {@code condition} as {@link UiBenchmark#awaitTrue} does, but gives up at once when the window
     * reports an error instead (a missing dataset or model, say), rather than after the timeout: it then
     * closes the window and throws with the window's own message.
     */
    void awaitUnlessFailed(Supplier<Boolean> condition, String what) throws InterruptedException {
        ExplorerViewModel vm = viewModel();
        UiBenchmark.awaitTrue(() -> condition.get() || vm.errorProperty().get() != null, what);
        UserError error = UiBenchmark.onFx(() -> condition.get() ? null : vm.errorProperty().get());
        if (error != null) {
            close();
            throw new IllegalStateException("UI benchmark: gave up waiting for " + what + ", as the window reports \""
                    + error.title() + ": " + error.message() + "\"");
        }
    }

    /** Closes the window, and ends JavaFX if {@link #open} started it. */
    void close() throws InterruptedException {
        UiBenchmark.onFx(() -> {
            stage.close();
            app.stop();
            return null;
        });
        if (display != null) {
            Platform.exit();
        }
    }

    /** Deletes a temporary folder and what it holds; a failure is only logged. */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the temporary folder {}", folder);
        }
    }
}
