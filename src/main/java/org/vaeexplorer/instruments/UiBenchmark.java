package org.vaeexplorer.instruments;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * {@code bench --ui}: opens the real window, trains the default model and drags the latent point
 * meanwhile, and measures how the window keeps up.
 *
 * <ul>
 *   <li>{@code fx_fps}, {@code fx_max_gap_ms}: frames per second and the longest gap between frames, from an
 *       AnimationTimer (a frame the FX thread was too busy for is a missing frame) during training;
 *   <li>{@code drag_to_pixels_p99_ms}: from a drag event to its decoded digit written into the image on
 *       screen (the event's whole handling on the FX thread); {@code drag_to_frame_p99_ms} adds the wait for
 *       the next frame that shows it;
 *   <li>{@code open_window_to_interactive_ms}: from opening the window in this (warm) JVM to the shipped model's
 *       first decoding on screen (the cold launch, new JVM included, is timed by {@link LaunchTimer});
 *   <li>{@code fx_max_gap_saving_ms}, {@code fx_max_gap_opening_ms}, {@code fx_max_gap_exporting_ms}: the
 *       longest frame gap while the model is saved, while one is opened and the test set re-encoded for the
 *       plane, and while the window (PNG), the blurry-to-sharp strip (GIF) and the history (CSV) are exported.
 * </ul>
 *
 * <p>Measuring starts after {@value #WARMUP_SECONDS} s of training and dragging (JIT warm-up). Without a
 * display (no {@code DISPLAY}) it runs headless under Monocle if that is on the class path.
 * Drag events arrive every {@value BenchWindow#DRAG_PERIOD_MICROS} µs, out of step with the 60 Hz frames, like a mouse.
 */
final class UiBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(UiBenchmark.class);

    /** Training time measured ... */
    static final double TRAIN_SECONDS = 20;
    /** ... after this long training and dragging unmeasured, while the JIT compiles the hot paths. */
    static final double WARMUP_SECONDS = 5;
    /** Times each file operation is repeated; each phase reports its longest frame gap. */
    static final int FILE_OPERATION_REPEATS = 3;
    /** After a model is opened the test set is re-encoded for the plane: the phase lasts until that is shown. */
    static final double OPEN_PHASE_SECONDS = 2.0;

    private UiBenchmark() {
    }

    /** The benchmark as {@code bench --ui} runs it: shipped model, bundled MNIST, default hyperparameters. */
    static Map<String, Object> run() {
        // The benchmark's training run is not a student's: it is kept in a temporary runs folder, then dropped.
        Path runs = BenchWindow.temporaryFolder("vae-explorer-bench-runs");
        try {
            return measure(Setup.standard(null, null).withRunsFolder(runs), TRAIN_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("UI benchmark interrupted", e);
        } finally {
            BenchWindow.deleteQuietly(runs);
        }
    }

    /** @param trainSeconds how long to train (and drag) while measuring */
    static Map<String, Object> measure(Setup setup, double trainSeconds) throws InterruptedException {
        long launchStart = System.nanoTime();
        BenchWindow window = BenchWindow.open(setup);
        ExplorerViewModel vm = window.viewModel();
        window.awaitUnlessFailed(() -> vm.interactiveProperty().get(), "the first decoding on screen");
        long launchToInteractive = System.nanoTime() - launchStart;
        window.awaitUnlessFailed(() -> vm.training().canTrainProperty().get(), "the dataset to load");

        List<Long> frameTimes = Collections.synchronizedList(new ArrayList<>());
        List<Long> pixelLatencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> frameLatencies = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer frames = timer(frameTimes);
        // When the digit was last decoded, and the newest drag whose digit no frame has shown yet.
        AtomicLong lastDecoded = new AtomicLong(-1);
        AtomicLong unframedDrag = new AtomicLong(-1);
        AtomicLong dragEvents = new AtomicLong();
        AtomicLong decodes = new AtomicLong();
        Scene scene = window.scene();
        Runnable pulse = () -> {
            long firedAt = unframedDrag.getAndSet(-1);
            if (firedAt >= 0) {
                frameLatencies.add(System.nanoTime() - firedAt);
            }
        };
        FxThread.run(() -> {
            vm.plane().decodedProperty().addListener((obs, old, now) -> lastDecoded.set(System.nanoTime()));
            scene.addPostLayoutPulseListener(pulse);
            vm.training().restoreDefaults();
            vm.training().train();
            frames.start();
        });

        ScheduledExecutorService dragger = window.startDragging("bench-drag", firedAt -> {
            dragEvents.incrementAndGet();
            if (lastDecoded.get() >= firedAt) { // this drag was decoded (not only a training snapshot between drags)
                decodes.incrementAndGet();
                pixelLatencies.add(System.nanoTime() - firedAt);
                unframedDrag.set(firedAt);
            }
        });

        Thread.sleep((long) (WARMUP_SECONDS * 1000)); // a benchmark's measuring window, not a test's wait
        FxThread.run(() -> {
            frameTimes.clear();
            pixelLatencies.clear();
            frameLatencies.clear();
            dragEvents.set(0);
            decodes.set(0);
        });
        Thread.sleep((long) (trainSeconds * 1000));
        dragger.shutdownNow();
        long[] progress = new long[1];
        double[] speed = new double[1];
        FxThread.run(() -> {
            frames.stop();
            scene.removePostLayoutPulseListener(pulse);
            speed[0] = vm.training().imagesPerSecondProperty().get();
            progress[0] = Math.round(vm.training().progressProperty().get() * 1000);
            vm.training().stop();
        });
        window.release();
        FxThread.await(() -> !vm.training().activeBinding().get(), "training to stop");
        Map<String, Object> fileGaps = fileOperationGaps(vm, scene);
        String windowSize = FxThread.call(() -> (int) scene.getWidth() + "x" + (int) scene.getHeight());
        String display = window.display();
        window.close();

        Map<String, Object> out = new LinkedHashMap<>();
        FrameTimes times = new FrameTimes(copy(frameTimes), -1);
        List<Long> pixels = copy(pixelLatencies);
        List<Long> framed = copy(frameLatencies);
        out.put("fx_fps", Stats.round(times.fps()));
        out.put("fx_max_gap_ms", Stats.round(times.maxGapMillis()));
        out.put("drag_to_pixels_p99_ms", Stats.round(Stats.percentileMillis(pixels, 99)));
        out.put("open_window_to_interactive_ms", Stats.round(launchToInteractive / Stats.NANOS_PER_MS));
        out.put("drag_to_pixels_p50_ms", Stats.round(Stats.percentileMillis(pixels, 50)));
        out.put("drag_to_frame_p50_ms", Stats.round(Stats.percentileMillis(framed, 50)));
        out.put("drag_to_frame_p99_ms", Stats.round(Stats.percentileMillis(framed, 99)));
        out.putAll(fileGaps);
        out.put("frames", times.frames());
        out.put("drag_events", dragEvents.get());
        out.put("decodes_shown", decodes.get());
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

    /**
     * The longest frame gap while the window saves the model and while it opens one (reading the file, then
     * re-encoding the test set for the plane): both run off the FX thread, so frames must keep coming.
     */
    private static Map<String, Object> fileOperationGaps(ExplorerViewModel vm, Scene scene) throws InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        Path dir = BenchWindow.temporaryFolder("vae-explorer-bench");
        Path file = dir.resolve("model.zip");
        try {
            double saveGap = 0;
            double openGap = 0;
            double exportGap = 0;
            for (int i = 0; i < FILE_OPERATION_REPEATS; i++) {
                saveGap = Math.max(saveGap, gapDuring(() -> vm.saveAs(file), () -> !vm.busyProperty().get(), 0));
                openGap = Math.max(openGap, gapDuring(() -> vm.open(file), () -> !vm.busyProperty().get(), OPEN_PHASE_SECONDS));
                Path png = dir.resolve("window-" + i + ".png");
                Path gif = dir.resolve("samples-" + i + ".gif");
                Path csv = dir.resolve("history-" + i + ".csv");
                // The window's picture (the snapshot itself must be taken on the FX thread), the strip's GIF and
                // the history's CSV, as File > Export writes them.
                boolean hasEpochs = FxThread.call(() -> vm.modelProperty().get().history().epochCount() > 0);
                exportGap = Math.max(exportGap, gapDuring(() -> {
                    vm.exports().exportImage(scene.getRoot().snapshot(null, null), png);
                    vm.exports().exportSamplesGif(gif);
                    if (hasEpochs) {
                        vm.exports().exportHistoryCsv(csv);
                    }
                }, () -> Files.exists(png) && Files.exists(gif) && (!hasEpochs || Files.exists(csv))
                        && vm.messageProperty().get().startsWith("Exported"), 0));
            }
            out.put("fx_max_gap_saving_ms", Stats.round(saveGap));
            out.put("fx_max_gap_opening_ms", Stats.round(openGap));
            out.put("fx_max_gap_exporting_ms", Stats.round(exportGap));
        } finally {
            BenchWindow.deleteQuietly(dir);
        }
        return out;
    }

    /**
     * Starts {@code action} on the FX thread and returns the longest gap between frames in ms (the first counted
     * from the start) until {@code done} holds and at least {@code minSeconds} have passed.
     */
    private static double gapDuring(Runnable action, BooleanSupplier done, double minSeconds) throws InterruptedException {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer frames = timer(times);
        long[] startedAt = new long[1];
        FxThread.run(() -> {
            frames.start();
            startedAt[0] = System.nanoTime();
            action.run();
        });
        FxThread.await(() -> done.getAsBoolean() && System.nanoTime() - startedAt[0] >= minSeconds * 1e9,
                "a file operation to end");
        FxThread.run(frames::stop);
        return new FrameTimes(copy(times), startedAt[0]).maxGapMillis();
    }

    /** A timer that notes the time of every frame. */
    private static AnimationTimer timer(List<Long> times) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                times.add(System.nanoTime());
            }
        };
    }

    static List<Long> copy(List<Long> list) {
        synchronized (list) {
            return new ArrayList<>(list);
        }
    }
}
