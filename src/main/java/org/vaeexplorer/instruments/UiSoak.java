package org.vaeexplorer.instruments;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code soak}: the real window trains for a long time while the latent point is dragged without pause and
 * the manifold grid is redrawn every few seconds. Each interval reports resident memory, heap, frame gaps,
 * training progress and errors, so that a leak (memory that keeps growing), a stall (a frame gap) or a
 * failure late in a lesson shows up before a class sees it.
 *
 * <p>Training restarts with a fresh model whenever a run ends, so the soak also covers the end of a run
 * and the start of the next. Each interval names the architecture of the model the window decodes, so a
 * soak of the convolutional model shows that it was the one trained. Errors count uncaught exceptions on any thread, error dialogs and runs that
 * ended by failing.
 */
final class UiSoak {

    private static final Logger LOG = LoggerFactory.getLogger(UiSoak.class);
    /** Memory is judged after this share of the run (capped at 5 minutes): heap and caches grow first. */
    static final double WARMUP_SHARE = 0.2;
    static final double MAX_WARMUP_MINUTES = 5;
    /** Memory counts as flat while it stays within this share of its first figure after warm-up. */
    static final double FLAT_TOLERANCE = 0.10;
    static final double MANIFOLD_TOGGLE_SECONDS = 7;
    /** A frame gap longer than this is a stall anyone notices. */
    static final double LONG_GAP_MS = 100;

    private UiSoak() {
    }

    /**
     * @param trained         the hyperparameters of every run, as the training form takes them
     * @param minutes         how long to run
     * @param intervalSeconds how often to report
     * @param each            receives each interval's figures as they are measured
     * @return the summary over the whole run
     */
    static Map<String, Object> run(VaeConfig trained, double minutes, double intervalSeconds,
                                   Consumer<Map<String, Object>> each) {
        // The soak's own runs are not the user's: they go to a temporary folder, deleted afterwards.
        Path runs = BenchWindow.temporaryFolder("vae-explorer-soak-runs");
        try {
            return soak(Setup.standard(null, null).withRunsFolder(runs), trained, minutes, intervalSeconds, each);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("soak interrupted", e);
        } finally {
            BenchWindow.deleteQuietly(runs);
        }
    }

    static Map<String, Object> soak(Setup setup, VaeConfig trained, double minutes, double intervalSeconds,
                                    Consumer<Map<String, Object>> each) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        List<String> errorMessages = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            errors.incrementAndGet();
            errorMessages.add(t.getName() + ": " + e);
            LOG.error("uncaught on {}", t.getName(), e);
        });
        ProcessMemory memory = ProcessMemory.ofThisProcess();
        BenchWindow window = BenchWindow.open(setup);
        ExplorerViewModel vm = window.viewModel();
        try {
            window.awaitUnlessFailed(() -> vm.interactiveProperty().get() && vm.training().canTrainProperty().get(),
                    "the window to be ready");
        } catch (IllegalStateException e) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
            throw e;
        }

        List<Long> frameTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger runs = new AtomicInteger();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameTimes.add(System.nanoTime());
                // Keep it training: a run that ended is followed by a fresh one.
                if (!vm.training().activeBinding().get() && vm.training().canTrainProperty().get()) {
                    if (vm.training().divergedProperty().get()) {
                        errors.incrementAndGet();
                        errorMessages.add("run diverged: " + vm.training().outcomeMessageProperty().get());
                    }
                    vm.training().form().show(trained);
                    vm.training().train();
                    runs.incrementAndGet();
                }
            }
        };
        FxThread.run(() -> {
            vm.errorProperty().addListener((obs, old, error) -> {
                if (error != null) {
                    errors.incrementAndGet();
                    errorMessages.add("dialog: " + error.title() + ": " + error.message());
                    vm.acknowledgeError();
                }
            });
            frames.start();
        });
        long start = System.nanoTime();
        ScheduledExecutorService driver = window.startDragging("soak-driver", firedAt -> { });
        driver.scheduleAtFixedRate(() -> Platform.runLater(() -> vm.plane().toggleManifold()),
                (long) (MANIFOLD_TOGGLE_SECONDS * 1000), (long) (MANIFOLD_TOGGLE_SECONDS * 1000), TimeUnit.MILLISECONDS);

        List<Map<String, Object>> intervals = new ArrayList<>();
        long intervalNanos = (long) (intervalSeconds * 1e9);
        long endAt = start + (long) (minutes * 60e9);
        long next = start + intervalNanos;
        long lastFrameOfPrevious = -1;
        while (next <= endAt + intervalNanos / 2) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // a soak's measuring interval, not a test's wait
            }
            List<Long> times;
            synchronized (frameTimes) {
                times = new ArrayList<>(frameTimes);
                frameTimes.clear();
            }
            Map<String, Object> interval = new LinkedHashMap<>();
            interval.put("minute", Stats.round((System.nanoTime() - start) / 60e9));
            interval.put("rss_mb", memory.residentMb());
            Runtime rt = Runtime.getRuntime();
            interval.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) >> 20);
            interval.put("heap_committed_mb", rt.totalMemory() >> 20);
            interval.putAll(frameFigures(times, lastFrameOfPrevious));
            interval.put("arch", decodedArchitecture(vm));
            interval.put("model_epochs", epochsTrained(vm));
            interval.put("runs_started", runs.get());
            interval.put("errors", errors.get());
            intervals.add(interval);
            each.accept(interval);
            if (!times.isEmpty()) {
                lastFrameOfPrevious = times.get(times.size() - 1);
            }
            next += intervalNanos;
        }
        driver.shutdownNow();
        FxThread.run(() -> {
            frames.stop();
            vm.training().stop();
        });
        window.release();
        FxThread.await(() -> !vm.training().activeBinding().get(), "training to stop");
        window.close();
        Thread.setDefaultUncaughtExceptionHandler(previous);
        Map<String, Object> summary = summarize(intervals, minutes, errors.get(), errorMessages);
        LOG.info("soak: {}", summary);
        return summary;
    }

    /** fps and frame gaps of one interval; the gap across the interval boundary counts too. */
    static Map<String, Object> frameFigures(List<Long> times, long lastFrameBefore) {
        FrameTimes frames = new FrameTimes(times, lastFrameBefore);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fx_fps", Stats.round(frames.fps()));
        out.put("fx_max_gap_ms", Stats.round(frames.maxGapMillis()));
        out.put("fx_p99_gap_ms", Stats.round(frames.gapPercentileMillis(99)));
        out.put("fx_gaps_over_100ms", frames.gapsOverMillis(LONG_GAP_MS));
        return out;
    }

    /**
     * The verdict: memory after warm-up (the first {@link #WARMUP_SHARE} of the run, at most
     * {@link #MAX_WARMUP_MINUTES}) must stay within {@link #FLAT_TOLERANCE} of its first post-warm-up figure.
     */
    static Map<String, Object> summarize(List<Map<String, Object>> intervals, double minutes, int errors,
                                         List<String> errorMessages) {
        double warmup = Math.min(MAX_WARMUP_MINUTES, minutes * WARMUP_SHARE);
        List<Map<String, Object>> settled = intervals.stream()
                .filter(i -> ((Number) i.get("minute")).doubleValue() > warmup).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minutes", minutes);
        out.put("warmup_minutes", Stats.round(warmup));
        if (!settled.isEmpty()) {
            long first = ((Number) settled.get(0).get("rss_mb")).longValue();
            long last = ((Number) settled.get(settled.size() - 1).get("rss_mb")).longValue();
            long max = settled.stream().mapToLong(i -> ((Number) i.get("rss_mb")).longValue()).max().orElse(first);
            long min = settled.stream().mapToLong(i -> ((Number) i.get("rss_mb")).longValue()).min().orElse(first);
            out.put("rss_after_warmup_mb", first);
            out.put("rss_last_mb", last);
            out.put("rss_min_mb", min);
            out.put("rss_max_mb", max);
            double growth = first > 0 ? 100.0 * (max - first) / first : 0;
            out.put("rss_growth_pct", Stats.round(growth));
            out.put("memory_flat", max <= first * (1 + FLAT_TOLERANCE) && min >= first * (1 - FLAT_TOLERANCE));
        }
        out.put("fx_max_gap_ms", intervals.stream().mapToDouble(i -> ((Number) i.get("fx_max_gap_ms")).doubleValue()).max().orElse(0));
        out.put("fx_min_fps", intervals.stream().mapToDouble(i -> ((Number) i.get("fx_fps")).doubleValue()).min().orElse(0));
        out.put("fx_gaps_over_100ms", intervals.stream().mapToLong(i -> ((Number) i.get("fx_gaps_over_100ms")).longValue()).sum());
        out.put("runs_started", intervals.isEmpty() ? 0 : intervals.get(intervals.size() - 1).get("runs_started"));
        out.put("errors", errors);
        if (!errorMessages.isEmpty()) {
            out.put("error_messages", List.copyOf(errorMessages.subList(0, Math.min(10, errorMessages.size()))));
        }
        out.put("intervals", intervals);
        return out;
    }

    /** "mlp" or "conv": the model whose parameters the plane decodes (the run's, once it sent them). */
    private static String decodedArchitecture(ExplorerViewModel vm) throws InterruptedException {
        return FxThread.call(() -> {
            ModelParams params = vm.plane().paramsProperty().get();
            return params == null ? "none" : params.config().architecture().cliName();
        });
    }

    /** Epochs finished by the current run: its test curve has one point per epoch. */
    private static int epochsTrained(ExplorerViewModel vm) throws InterruptedException {
        return FxThread.call(() -> vm.training().losses()
                .points(LossCurves.Quantity.NEGATIVE_ELBO, LossCurves.Split.TEST).size());
    }

}
