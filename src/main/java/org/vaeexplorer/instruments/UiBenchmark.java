package org.vaeexplorer.instruments;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.ToolkitStart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code bench --ui}: opens the real window, trains the default model and drags the latent point
 * meanwhile, and measures how the window keeps up.
 *
 * <ul>
 *   <li>{@code fx_fps}, {@code fx_max_gap_ms}: frames per second and the longest gap between frames, from an
 *       AnimationTimer (a frame the FX thread was too busy for is a missing frame) during training;
 *   <li>{@code drag_to_pixels_p99_ms}: from a drag event to its decoded digit written into the image on
 *       screen; {@code drag_to_frame_p99_ms} adds the wait for the next frame that shows it;
 *   <li>{@code open_window_to_interactive_ms}: from opening the window in this (warm) JVM to the shipped model's
 *       first decoding on screen (the cold launch, new JVM included, is timed by the command line's bench);
 *   <li>{@code fx_max_gap_saving_ms}, {@code fx_max_gap_opening_ms}, {@code fx_max_gap_exporting_ms}: the
 *       longest frame gap while the model is saved, while one is opened and the test set re-encoded for the
 *       plane, and while the window (PNG), the blurry-to-sharp strip (GIF) and the history (CSV) are exported.
 * </ul>
 *
 * <p>Measuring starts after {@value #WARMUP_SECONDS} s of training and dragging (JIT warm-up). Without a
 * display (no {@code DISPLAY}) it runs headless under Monocle if that is on the class path.
 * Drag events arrive every {@value #DRAG_PERIOD_MICROS} µs, out of step with the 60 Hz frames, like a mouse.
 */
public final class UiBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(UiBenchmark.class);

    /** Training time measured ... */
    static final double TRAIN_SECONDS = 20;
    /** ... after this long training and dragging unmeasured, while the JIT compiles the hot paths. */
    static final double WARMUP_SECONDS = 5;
    /** About 137 drag events a second, a typical mouse rate, not a multiple of the frame rate. */
    static final long DRAG_PERIOD_MICROS = 7_300;
    private static final long STARTUP_TIMEOUT_SECONDS = 180;
    private static final String HEADLESS_GEOMETRY = "1280x720-32";

    private UiBenchmark() {
    }

    /** The benchmark as {@code bench --ui} runs it: shipped model, bundled MNIST, default hyperparameters. */
    public static Map<String, Object> run() {
        // The benchmark's training run is not a student's: it is kept in a temporary runs folder, then dropped.
        Path runs;
        try {
            runs = Files.createTempDirectory("vae-explorer-bench-runs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(Setup.standard(null, null).withRunsFolder(runs), TRAIN_SECONDS);
        } finally {
            deleteQuietly(runs);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    /** @param trainSeconds how long to train (and drag) while measuring */
    public static Map<String, Object> run(Setup setup, double trainSeconds) {
        try {
            return measure(setup, trainSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("UI benchmark interrupted", e);
        }
    }

    private static Map<String, Object> measure(Setup setup, double trainSeconds) throws InterruptedException {
        long launchStart = System.nanoTime();
        BenchWindow window = BenchWindow.open(setup);
        ExplorerViewModel vm = window.viewModel();
        window.awaitUnlessFailed(() -> vm.interactiveProperty().get(), "the first decoding on screen");
        long launchToInteractive = System.nanoTime() - launchStart;
        window.awaitUnlessFailed(() -> vm.training().canTrainProperty().get(), "the dataset to load");

        List<Long> frameTimes = Collections.synchronizedList(new ArrayList<>());
        List<Long> pixelLatencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> frameLatencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong shownRequest = new AtomicLong(-1);
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameTimes.add(System.nanoTime());
            }
        };
        Scene scene = window.scene();
        Runnable pulse = () -> {
            long requested = shownRequest.getAndSet(-1);
            if (requested >= 0) {
                frameLatencies.add(System.nanoTime() - requested);
            }
        };
        onFx(() -> {
            vm.plane().onDecodeLatency(pixelLatencies::add);
            vm.plane().decodedProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    shownRequest.set(now.requestedAtNanos());
                }
            });
            scene.addPostLayoutPulseListener(pulse);
            vm.training().restoreDefaults();
            vm.training().train();
            frames.start();
            return null;
        });

        AtomicLong dragEvents = new AtomicLong();
        ScheduledExecutorService dragger = window.startDragging("bench-drag", dragEvents::incrementAndGet);

        Thread.sleep((long) (WARMUP_SECONDS * 1000)); // a benchmark's measuring window, not a test's wait
        onFx(() -> {
            frameTimes.clear();
            pixelLatencies.clear();
            frameLatencies.clear();
            dragEvents.set(0);
            return null;
        });
        Thread.sleep((long) (trainSeconds * 1000));
        dragger.shutdownNow();
        long[] progress = new long[1];
        double[] speed = new double[1];
        onFx(() -> {
            frames.stop();
            scene.removePostLayoutPulseListener(pulse);
            vm.plane().onDecodeLatency(n -> { });
            speed[0] = vm.training().imagesPerSecondProperty().get();
            progress[0] = Math.round(vm.training().progressProperty().get() * 1000);
            vm.training().stop();
            return null;
        });
        window.release();
        awaitTrue(() -> !vm.training().activeBinding().get(), "training to stop");
        Map<String, Object> fileGaps = fileOperationGaps(vm, scene);
        String windowSize = onFx(() -> (int) scene.getWidth() + "x" + (int) scene.getHeight());
        String display = window.display();
        window.close();

        Map<String, Object> out = new LinkedHashMap<>();
        List<Long> times = copy(frameTimes);
        double seconds = times.size() < 2 ? 0 : (times.get(times.size() - 1) - times.get(0)) / 1e9;
        long maxGap = 0;
        for (int i = 1; i < times.size(); i++) {
            maxGap = Math.max(maxGap, times.get(i) - times.get(i - 1));
        }
        out.put("fx_fps", round(seconds > 0 ? (times.size() - 1) / seconds : 0));
        out.put("fx_max_gap_ms", round(maxGap / 1e6));
        out.put("drag_to_pixels_p99_ms", round(percentile(copy(pixelLatencies), 0.99) / 1e6));
        out.put("open_window_to_interactive_ms", round(launchToInteractive / 1e6));
        out.put("drag_to_pixels_p50_ms", round(percentile(copy(pixelLatencies), 0.50) / 1e6));
        out.put("drag_to_frame_p50_ms", round(percentile(copy(frameLatencies), 0.50) / 1e6));
        out.put("drag_to_frame_p99_ms", round(percentile(copy(frameLatencies), 0.99) / 1e6));
        out.putAll(fileGaps);
        out.put("frames", times.size());
        out.put("drag_events", dragEvents.get());
        out.put("decodes_shown", pixelLatencies.size());
        out.put("train_seconds", trainSeconds);
        out.put("warmup_seconds", WARMUP_SECONDS);
        out.put("train_progress_permille", progress[0]);
        out.put("train_images_per_s", Math.round(speed[0]));
        out.put("window", windowSize);
        out.put("display", display != null ? display : "already running");
        out.put("prism_order", String.valueOf(System.getProperty("prism.order", "default")));
        LOG.info("UI benchmark: {}", out);
        return out;
    }

    /** Times each file operation is repeated; each phase reports its longest frame gap. */
    static final int FILE_OPERATION_REPEATS = 3;
    /** After a model is opened the test set is re-encoded for the plane: the phase lasts until that is shown. */
    static final double OPEN_PHASE_SECONDS = 2.0;

    /**
     * The longest frame gap while the window saves the model and while it opens one (reading the file, then
     * re-encoding the test set for the plane): both run off the FX thread, so frames must keep coming.
     */
    static Map<String, Object> fileOperationGaps(ExplorerViewModel vm, Scene scene) throws InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("vae-explorer-bench");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no temporary folder for the save/open/export phases", e);
        }
        Path file = dir.resolve("model.zip");
        try {
            long saveGap = 0;
            long openGap = 0;
            long exportGap = 0;
            for (int i = 0; i < FILE_OPERATION_REPEATS; i++) {
                saveGap = Math.max(saveGap, gapDuring(() -> vm.saveAs(file), () -> !vm.busyProperty().get(), 0));
                openGap = Math.max(openGap, gapDuring(() -> vm.open(file), () -> !vm.busyProperty().get(), OPEN_PHASE_SECONDS));
                Path png = dir.resolve("window-" + i + ".png");
                Path gif = dir.resolve("samples-" + i + ".gif");
                Path csv = dir.resolve("history-" + i + ".csv");
                // The window's picture (the snapshot itself must be taken on the FX thread), the strip's GIF and
                // the history's CSV, as File > Export writes them.
                boolean hasEpochs = onFx(() -> vm.modelProperty().get().history().epochCount() > 0);
                exportGap = Math.max(exportGap, gapDuring(() -> {
                    vm.exports().exportImage(scene.getRoot().snapshot(null, null), png);
                    vm.exports().exportSamplesGif(gif);
                    if (hasEpochs) {
                        vm.exports().exportHistoryCsv(csv);
                    }
                }, () -> java.nio.file.Files.exists(png) && java.nio.file.Files.exists(gif)
                        && (!hasEpochs || java.nio.file.Files.exists(csv))
                        && vm.messageProperty().get().startsWith("Exported"), 0));
            }
            out.put("fx_max_gap_saving_ms", round(saveGap / 1e6));
            out.put("fx_max_gap_opening_ms", round(openGap / 1e6));
            out.put("fx_max_gap_exporting_ms", round(exportGap / 1e6));
        } finally {
            BenchWindow.deleteQuietly(dir);
        }
        return out;
    }

    /**
     * Starts {@code action} on the FX thread and returns the longest gap between frames until {@code done}
     * holds and at least {@code minSeconds} have passed.
     */
    static long gapDuring(Runnable action, Supplier<Boolean> done, double minSeconds) throws InterruptedException {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long[] startedAt = new long[1];
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                times.add(System.nanoTime());
            }
        };
        onFx(() -> {
            frames.start();
            startedAt[0] = System.nanoTime();
            action.run();
            return null;
        });
        awaitTrue(() -> done.get() && System.nanoTime() - startedAt[0] >= minSeconds * 1e9, "a file operation to end");
        onFx(() -> {
            frames.stop();
            return null;
        });
        List<Long> copy = copy(times);
        long max = copy.isEmpty() ? 0 : copy.get(0) - startedAt[0];
        for (int i = 1; i < copy.size(); i++) {
            max = Math.max(max, copy.get(i) - copy.get(i - 1));
        }
        return max;
    }

    /** Starts JavaFX (headless under Monocle when there is no display); returns a description, or null if it was running. */
    static String startToolkit() throws InterruptedException {
        if (toolkitRunning()) {
            return null;
        }
        String display = System.getenv("DISPLAY");
        String description;
        if (display == null || display.isBlank()) {
            try {
                Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no display (DISPLAY is not set) and no Monocle on the class path:"
                        + " run under xvfb-run, or add org.testfx:openjfx-monocle to the runtime class path", e);
            }
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("headless.geometry", HEADLESS_GEOMETRY);
            description = "monocle-headless " + System.getProperty("headless.geometry");
        } else {
            description = "x11 " + display;
        }
        ToolkitStart.prepare();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        return description;
    }

    /** True if JavaFX is already up (a test started it): then it must not be started or ended here. */
    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
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
    static Void fire(Node plot, javafx.event.EventType<MouseEvent> type, Point2D local) {
        Point2D scene = plot.localToScene(local);
        Point2D screen = plot.localToScreen(local);
        double sx = screen == null ? scene.getX() : screen.getX();
        double sy = screen == null ? scene.getY() : screen.getY();
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent e = new MouseEvent(type, scene.getX(), scene.getY(), sx, sy, MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, false, null);
        Event.fireEvent(plot, e);
        return null;
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within " + STARTUP_TIMEOUT_SECONDS + " s");
        }
        if (failure[0] != null) {
            throw new IllegalStateException("UI benchmark step failed: " + failure[0], failure[0]);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Waits for a condition read on the FX thread, checking on each of its frames. */
    static void awaitTrue(Supplier<Boolean> condition, String what) throws InterruptedException {
        CountDownLatch met = new CountDownLatch(1);
        AnimationTimer[] timer = new AnimationTimer[1];
        onFx(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (condition.get()) {
                        stop();
                        met.countDown();
                    }
                }
            };
            timer[0].start();
            return null;
        });
        if (!met.await(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            onFx(() -> {
                timer[0].stop();
                return null;
            });
            throw new IllegalStateException("UI benchmark: waited " + STARTUP_TIMEOUT_SECONDS + " s for " + what);
        }
    }

    static FileDialogs noDialogs() {
        return new FileDialogs() {
            @Override
            public Path chooseModelToOpen(Window owner, Path folder) {
                return null;
            }

            @Override
            public Path chooseModelToSave(Window owner, Path folder, String suggestedName) {
                return null;
            }
        };
    }

    static List<Long> copy(List<Long> list) {
        synchronized (list) {
            return new ArrayList<>(list);
        }
    }

    static double percentile(List<Long> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(values);
        int index = (int) Math.ceil(q * values.size()) - 1;
        return values.get(Math.max(0, Math.min(values.size() - 1, index)));
    }

    static double round(double value) {
        return Double.isFinite(value) ? Double.parseDouble(String.format(Locale.ROOT, "%.1f", value)) : value;
    }
}
