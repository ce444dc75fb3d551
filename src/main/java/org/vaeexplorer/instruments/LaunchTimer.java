package org.vaeexplorer.instruments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times what a user waits for: from starting {@code java -cp ... <the app's main class>} (a new JVM, relaunched with the app's
 * options, ND4J's natives, JavaFX, the shipped model, the first decoding) to the window being interactive.
 * Each launch runs with {@link LaunchProbe} as JavaFX's preloader, which writes the wall-clock time at which
 * the window became interactive into a file and closes it. Without a display it runs headless (Monocle).
 */
final class LaunchTimer {

    /** Window launches timed after the first; their median is reported. */
    static final int LAUNCHES = 3;

    private LaunchTimer() {
    }

    /**
     * {@code launch_first_ms}, then {@code launch_to_interactive_ms}, the median of {@value #LAUNCHES} more, and
     * all of those. The first launch after an install or a build writes the class-sharing archive the later ones
     * read: it is reported apart, and the median is over the launches a user makes every day.
     */
    static Map<String, Object> measure(Class<?> mainClass) throws IOException, InterruptedException {
        double first = once(mainClass);
        double[] launches = new double[LAUNCHES];
        for (int i = 0; i < LAUNCHES; i++) {
            launches[i] = once(mainClass);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("launch_first_ms", Math.round(first));
        out.put("launch_to_interactive_ms", Math.round(Stats.median(launches)));
        out.put("launch_to_interactive_all_ms", Arrays.stream(launches).mapToLong(Math::round).boxed().toList());
        return out;
    }

    /** One launch: its launch-to-interactive time in ms. */
    private static double once(Class<?> mainClass) throws IOException, InterruptedException {
        Path report = Files.createTempFile("vae-explorer-launch", ".txt");
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
            Process window = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!window.waitFor(FxThread.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                window.destroyForcibly();
                throw new IllegalStateException("the window was not interactive within " + FxThread.TIMEOUT_SECONDS + " s");
            }
            String interactiveAt = Files.readString(report).strip();
            if (interactiveAt.isEmpty()) {
                throw new IllegalStateException("the window ended (exit code " + window.exitValue()
                        + ") without becoming interactive");
            }
            return Long.parseLong(interactiveAt) - start;
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
