package org.vaeexplorer.instruments;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.app.ExplorerApp;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.ExplorerWindow;
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
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The real window as the measurements ({@code bench --ui}, {@code soak}) use it: opened with a set-up (JavaFX
 * started headless first if it is not running), its latent point dragged like a mouse, closed.
 */
final class BenchWindow {

    /** About 137 drag events a second, a typical mouse rate, not a multiple of the frame rate. */
    static final long DRAG_PERIOD_MICROS = 7_300;

    private static final Logger LOG = LoggerFactory.getLogger(BenchWindow.class);

    private final ExplorerWindow window;
    /** How JavaFX was started ("monocle-headless ...", "x11 :0"), or null if it was already running. */
    private final String display;

    private BenchWindow(ExplorerWindow window, String display) {
        this.window = window;
        this.display = display;
    }

    static BenchWindow open(Setup setup) throws InterruptedException {
        String display = FxThread.startToolkit();
        return FxThread.call(() -> {
            if (display != null) {
                Platform.setImplicitExit(false); // closing the window must not end the toolkit before we do
            }
            return new BenchWindow(ExplorerApp.open(setup, new Stage()), display);
        });
    }

    ExplorerViewModel viewModel() {
        return window.viewModel();
    }

    Scene scene() {
        return window.scene();
    }

    String display() {
        return display;
    }

    private Node plot() {
        return scene().lookup("#latentPlot");
    }

    /**
     * Presses on the plane and drags the point along {@link #dragPosition} every {@link #DRAG_PERIOD_MICROS} µs,
     * never queueing a drag behind one the FX thread has not run yet. {@code afterEachDrag} runs on the FX thread
     * after each drag has been handled (the point decoded and drawn), given the System.nanoTime at which the drag
     * was fired. Shut the returned executor down, then {@link #release()}. More periodic work may be scheduled on it.
     */
    ScheduledExecutorService startDragging(String threadName, LongConsumer afterEachDrag) throws InterruptedException {
        Node plot = plot();
        FxThread.run(() -> fire(plot, MouseEvent.MOUSE_PRESSED, dragPosition(plot, 0)));
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
                    long firedAt = System.nanoTime();
                    fire(plot, MouseEvent.MOUSE_DRAGGED, dragPosition(plot, (firedAt - start) / 1e9));
                    afterEachDrag.accept(firedAt);
                });
            }
        }, DRAG_PERIOD_MICROS, DRAG_PERIOD_MICROS, TimeUnit.MICROSECONDS);
        return driver;
    }

    /** Releases the mouse button pressed by {@link #startDragging}. */
    void release() throws InterruptedException {
        Node plot = plot();
        FxThread.run(() -> fire(plot, MouseEvent.MOUSE_RELEASED, dragPosition(plot, 0)));
    }

    /**
     * Waits for {@code condition} as {@link FxThread#await} does, but gives up at once when the window reports
     * an error instead (a missing dataset or model, say), rather than after the timeout: it then closes the
     * window and throws with the window's own message.
     */
    void awaitUnlessFailed(BooleanSupplier condition, String what) throws InterruptedException {
        ExplorerViewModel vm = viewModel();
        FxThread.await(() -> condition.getAsBoolean() || vm.errorProperty().get() != null, what);
        UserError error = FxThread.call(() -> condition.getAsBoolean() ? null : vm.errorProperty().get());
        if (error != null) {
            close();
            throw new IllegalStateException("gave up waiting for " + what + ", as the window reports \""
                    + error.title() + ": " + error.message() + "\"");
        }
    }

    /** Closes the window, and ends JavaFX if {@link #open} started it. */
    void close() throws InterruptedException {
        FxThread.run(window::close);
        if (display != null) {
            Platform.exit();
        }
    }

    /** A Lissajous path over the middle of the plot: covers the plane at drag-like speeds. */
    static Point2D dragPosition(Node plot, double seconds) {
        double w = plot.getLayoutBounds().getWidth();
        double h = plot.getLayoutBounds().getHeight();
        double x = w / 2 + 0.35 * w * Math.sin(2 * Math.PI * seconds / 3.0);
        double y = h / 2 + 0.35 * h * Math.sin(2 * Math.PI * seconds / 2.1);
        return new Point2D(x, y);
    }

    /** Dispatches a real mouse event through the plot's handlers, as the glass toolkit would. */
    private static void fire(Node plot, EventType<MouseEvent> type, Point2D local) {
        Point2D scene = plot.localToScene(local);
        Point2D screen = plot.localToScreen(local);
        double sx = screen == null ? scene.getX() : screen.getX();
        double sy = screen == null ? scene.getY() : screen.getY();
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent e = new MouseEvent(type, scene.getX(), scene.getY(), sx, sy, MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, false, null);
        Event.fireEvent(plot, e);
    }

    /** A temporary folder for a measurement's own files (its runs, its saved models), deleted afterwards. */
    static Path temporaryFolder(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new IllegalStateException("no temporary folder for " + name, e);
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
