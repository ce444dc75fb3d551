package org.vaeexplorer.instruments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times what a user waits for: from starting {@code java -cp ... Main} (a new JVM, relaunched with the app's
 * options, ND4J's natives, JavaFX, the shipped model, the first decoding) to the window being interactive.
 * The window, started with {@value #REPORT_PROPERTY}, writes the wall-clock time at which it became
 * interactive into that file and closes. Without a display it runs headless (Monocle).
 */
public final class LaunchTimer {

    /** Read by the window (ui.ExplorerApp): where to write the moment it became interactive. */
    static final String REPORT_PROPERTY = "vae.explorer.reportInteractiveTo";
    private static final long TIMEOUT_SECONDS = 180;

    private LaunchTimer() {
    }

    /** Launches the window {@code times} times, one after the other; the launch-to-interactive times in ms. */
    public static double[] measure(int times) throws IOException, InterruptedException {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            ms[i] = once();
        }
        return ms;
    }

    private static double once() throws IOException, InterruptedException {
        Path report = Files.createTempFile("vae-explorer-launch", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-D" + REPORT_PROPERTY + "=" + report));
            String display = System.getenv("DISPLAY");
            if (display == null || display.isBlank()) {
                command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1280x720-32"));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Main"));
            long start = System.currentTimeMillis();
            Process window = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!window.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                window.destroyForcibly();
                throw new IllegalStateException("the window was not interactive within " + TIMEOUT_SECONDS + " s");
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

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
