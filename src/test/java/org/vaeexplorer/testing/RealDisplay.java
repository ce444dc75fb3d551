package org.vaeexplorer.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real X server (Xvfb) for the tests that must see what a desktop does: the GTK glass, GTK's own
 * {@code dlopen}s, fonts, scaling. Monocle, which every other window test uses, never loads GTK.
 *
 * <p>Where Xvfb (or a tool a test needs beside it) is missing the test is skipped, unless the environment says
 * {@value #REQUIRED_ENV}=1, as CI's {@code .ci/run} does: there a missing tool is a failure, not a skip.
 */
public final class RealDisplay implements AutoCloseable {

    public static final String REQUIRED_ENV = "VAE_EXPLORER_REAL_DISPLAY_TESTS";

    private final Process server;
    private final String display;

    private RealDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /**
     * Starts Xvfb on a display number it picks itself ({@code -displayfd}: it writes the number once it accepts
     * connections, so nothing here waits on a clock).
     */
    public static RealDisplay start(String screen) throws IOException {
        requireCommand("Xvfb", "the xvfb package");
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", screen, "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII));
            String number = out.readLine();
            if (number == null || !number.strip().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display (exit code "
                        + (server.isAlive() ? "none yet" : server.exitValue()) + ")");
            }
            return new RealDisplay(server, ":" + number.strip());
        } catch (IOException | RuntimeException e) {
            server.destroyForcibly();
            throw e;
        }
    }

    /** The value for DISPLAY. */
    public String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    /** Skips the test (or fails it, where CI requires these tests) unless {@code command} is on the PATH. */
    public static void requireCommand(String command, String providedBy) {
        boolean found = onPath(command);
        String why = command + " is not installed (" + providedBy + ")";
        if (required()) {
            if (!found) {
                throw new AssertionError(why + ", and " + REQUIRED_ENV + "=1 requires the real-display tests");
            }
        } else {
            Assumptions.assumeTrue(found, why + ": real-display test skipped");
        }
    }

    /** Skips the test (or fails it, where CI requires these tests) unless GTK 3 is installed. */
    public static void requireGtk() {
        boolean found = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
                .stream().anyMatch(dir -> Files.exists(Path.of(dir, "libgtk-3.so.0")));
        if (required() && !found) {
            throw new AssertionError("GTK 3 (libgtk-3-0) is not installed, and " + REQUIRED_ENV + "=1 requires it");
        }
        Assumptions.assumeTrue(found, "GTK 3 (libgtk-3-0) is not installed: real-display test skipped");
    }

    private static boolean required() {
        return "1".equals(System.getenv(REQUIRED_ENV));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** True on Linux, where the GTK glass and these tests apply. */
    public static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }
}
