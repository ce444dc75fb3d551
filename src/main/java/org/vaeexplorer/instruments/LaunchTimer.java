package org.vaeexplorer.instruments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times what a user waits for: from starting {@code java -cp ... <the app's main class>} (a new JVM, relaunched with the app's
 * options, ND4J's natives, JavaFX, the shipped model, the first decoding) to the window being interactive.
 * Each launch runs with {@link LaunchProbe} as JavaFX's preloader, which writes the wall-clock time at which
 * the window became interactive into a file and closes it. Without a display it runs headless (Monocle).
 */
final class LaunchTimer {

    /** Window launches timed after the first; their median is reported. */
    static final int LAUNCHES = 3;
    /** How often the processes a launch started are listed while it runs. */
    private static final long SCAN_MILLIS = 100;

    private LaunchTimer() {
    }

    /**
     * {@code launch_first_ms} and {@code launch_second_ms}, then {@code launch_to_interactive_ms}, the median of
     * {@value #LAUNCHES} more, and all of those. After a build, the first launch of the jar records the classes
     * it loads and the second makes the class-sharing archive beside its window (whose probe waits for it), which
     * the later ones map: those two are reported apart, and the median is over the launches a user makes every day.
     */
    static Map<String, Object> measure(Class<?> mainClass) throws IOException, InterruptedException {
        double first = once(mainClass);
        double second = once(mainClass);
        double[] launches = new double[LAUNCHES];
        for (int i = 0; i < LAUNCHES; i++) {
            launches[i] = once(mainClass);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("launch_first_ms", Math.round(first));
        out.put("launch_second_ms", Math.round(second));
        out.put("launch_to_interactive_ms", Math.round(Stats.median(launches)));
        out.put("launch_to_interactive_all_ms", Arrays.stream(launches).mapToLong(Math::round).boxed().toList());
        return out;
    }

    /** One launch: its launch-to-interactive time in ms. */
    private static double once(Class<?> mainClass) throws IOException, InterruptedException {
        return once(mainClass, Duration.ofSeconds(FxThread.TIMEOUT_SECONDS));
    }

    /**
     * One launch, given {@code timeout} to become interactive. Whatever happens, the launched JVM and every
     * process it started (the relaunched window) have ended when this returns or throws: a window left behind
     * holds hundreds of MB, and a hung one ignores everything but SIGKILL.
     */
    static double once(Class<?> mainClass, Duration timeout) throws IOException, InterruptedException {
        Path report = Files.createTempFile("vae-explorer-launch", ".txt");
        Process window = null;
        Thread endOnExit = null;
        // Every process the launch started, as seen while it ran: one whose parent has ended is no longer
        // among the launched JVM's descendants, and would be left behind.
        Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-D" + LaunchProbe.PRELOADER_PROPERTY + "=" + LaunchProbe.class.getName(),
                    "-D" + LaunchProbe.REPORT_TO_PROPERTY + "=" + report));
            String display = System.getenv("DISPLAY");
            if (display == null || display.isBlank()) {
                command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1280x720-32"));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
            long start = System.currentTimeMillis();
            window = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Process launched = window;
            endOnExit = new Thread(() -> endAll(launched, seen), "end-launched-window"); // Ctrl-C on the benchmark
            Runtime.getRuntime().addShutdownHook(endOnExit);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!window.waitFor(SCAN_MILLIS, TimeUnit.MILLISECONDS)) {
                window.descendants().forEach(seen::add);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the window was not interactive within " + timeout.toSeconds() + " s");
                }
            }
            String interactiveAt = Files.readString(report).strip();
            if (interactiveAt.isEmpty()) {
                throw new IllegalStateException("the window ended (exit code " + window.exitValue()
                        + ") without becoming interactive");
            }
            return Long.parseLong(interactiveAt) - start;
        } finally {
            if (window != null) {
                endAll(window, seen);
            }
            if (endOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(endOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook ends the window
                }
            }
            Files.deleteIfExists(report);
        }
    }

    /** Kills {@code process}, everything it started now, and the processes {@code seen} started earlier. */
    static void endAll(Process process, Set<ProcessHandle> seen) {
        List<ProcessHandle> started = Stream.concat(seen.stream(), process.descendants()).distinct().toList();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : started) {
            p.onExit().join();
        }
        process.onExit().join();
    }
}
