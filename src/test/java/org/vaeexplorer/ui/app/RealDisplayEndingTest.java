package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.testing.RealDisplay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a user's desktop ends it: SIGTERM (a logout, {@code kill}), SIGINT (Ctrl-C in the terminal that
 * started it) or the window's Quit, at any moment, also while it starts and while it trains. It is a new JVM
 * that relaunches itself, with the GTK glass on a real X server; every process must be gone within 5 s, and
 * a run under way must be kept as a checkpoint of where it stood.
 *
 * <p>The moments are read from outside, as a user would see them: the relaunched child exists, it has mapped
 * ND4J's natives, then GTK's glass, the window is on screen, the training thread has trained (its CPU time in
 * {@code jcmd Thread.print}).
 */
@EnabledOnOs(OS.LINUX)
class RealDisplayEndingTest {

    /** What the issue allows from the signal to the last process gone. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(5);
    /** A healthy start or a minute of training takes far less, also on a loaded machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    /** How often a moment is looked for: often enough to catch the start's early moments. */
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Pattern TRAINER_CPU = Pattern.compile("\"vae-trainer\"[^\\n]*cpu=([0-9.]+)ms");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endWhatIsLeft() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalWhileTrainingEndsWithinFiveSecondsAndKeepsTheRunWhereItStood(String signal) throws Exception {
        try (RealDisplay x = startDisplay()) {
            App app = launch(x, signal.toLowerCase(java.util.Locale.ROOT));
            app.startTraining();
            app.signal(signal);
            app.assertAllEndedWithin(ENDS_WITHIN);
            app.assertRunKeptMidEpoch();
        }
    }

    @Test
    void quittingFromTheWindowWhileTrainingEndsWithinFiveSecondsAndKeepsTheRun() throws Exception {
        try (RealDisplay x = startDisplay()) {
            App app = launch(x, "quit");
            app.startTraining();
            app.key("ctrl+q");
            app.assertAllEndedWithin(ENDS_WITHIN);
            app.assertRunKeptMidEpoch();
        }
    }

    @Test
    void sigtermAtEachMomentOfTheStartEndsEveryProcessWithinFiveSeconds() throws Exception {
        try (RealDisplay x = startDisplay()) {
            List<String> moments = List.of("child JVM started", "ND4J natives mapped", "GTK glass mapped", "window shown");
            for (String moment : moments) {
                App app = launch(x, moment.replace(' ', '-'));
                app.awaitMoment(moment);
                app.signal("TERM");
                app.assertAllEndedWithin(ENDS_WITHIN);
            }
        }
    }

    // ---- the app from outside ----------------------------------------------------------------------

    private RealDisplay startDisplay() throws IOException {
        RealDisplay.requireGtk();
        RealDisplay.requireCommand("xdotool", "the xdotool package");
        return RealDisplay.start("1280x720x24");
    }

    private App launch(RealDisplay x, String name) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.vaeexplorer.Main"))
                .directory(home.toFile()) // no shipped model here: a fresh model, trained from the form's defaults
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("output.txt").toFile());
        builder.environment().put("DISPLAY", x.display());
        builder.environment().put("VAE_EXPLORER_USER_FOLDER", home.resolve("user").toString()); // its runs kept apart
        builder.environment().put("VAE_LOG_LEVEL", "INFO"); // what closing did, in the output a failure shows
        builder.environment().remove("VAE_EXPLORER_SAME_JVM"); // the app relaunches itself, as a user's does
        Process parent = builder.start();
        started.add(parent);
        return new App(x.display(), parent, home);
    }

    private final class App {
        private final String display;
        private final Process parent;
        private final Path home;

        App(String display, Process parent, Path home) {
            this.display = display;
            this.parent = parent;
            this.home = home;
        }

        /** The relaunched JVM that runs the window. */
        ProcessHandle child() throws Exception {
            return await("the relaunched child JVM", () -> parent.children().findFirst());
        }

        void awaitMoment(String moment) throws Exception {
            switch (moment) {
                case "child JVM started" -> child();
                case "ND4J natives mapped" -> awaitMapped("libjnind4jcpu");
                case "GTK glass mapped" -> awaitMapped("libglassgtk3");
                case "window shown" -> window();
                default -> throw new IllegalArgumentException(moment);
            }
        }

        private void awaitMapped(String library) throws Exception {
            ProcessHandle child = child();
            await(library + " in the child's memory map", () -> {
                try {
                    return Optional.of(Files.readString(Path.of("/proc", String.valueOf(child.pid()), "maps")))
                            .filter(maps -> maps.contains(library));
                } catch (IOException gone) {
                    throw new AssertionError("the app ended before mapping " + library + "; its output:\n" + output());
                }
            });
        }

        String window() throws Exception {
            return await("the window on screen", () -> {
                String id = run("xdotool", "search", "--onlyvisible", "--name", "^VAE Explorer$").strip();
                return id.isEmpty() ? Optional.empty() : Optional.of(id.lines().findFirst().orElseThrow());
            });
        }

        void key(String keys) throws Exception {
            String window = window();
            run("xdotool", "windowfocus", "--sync", window);
            run("xdotool", "key", "--clearmodifiers", keys);
        }

        /** Ctrl+T until the training thread has trained a second of CPU time (Train is enabled once the data is in). */
        void startTraining() throws Exception {
            ProcessHandle child = child();
            await("a second of training", () -> {
                String threads = run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(child.pid()), "Thread.print");
                Matcher cpu = TRAINER_CPU.matcher(threads);
                if (cpu.find()) {
                    return Double.parseDouble(cpu.group(1)) > 1000 ? Optional.of(true) : Optional.empty();
                }
                key("ctrl+t");
                return Optional.empty();
            });
        }

        void signal(String signal) throws Exception {
            run("kill", "-" + signal, String.valueOf(parent.pid()));
        }

        void assertAllEndedWithin(Duration limit) throws Exception {
            long start = System.nanoTime();
            List<ProcessHandle> all = Stream.concat(Stream.of(parent.toHandle()), parent.descendants()).toList();
            for (ProcessHandle p : all) {
                long left = limit.toNanos() - (System.nanoTime() - start);
                try {
                    p.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("process " + p.pid() + " (" + p.info().command().orElse("?")
                            + ") still runs " + limit.toSeconds() + " s after it was asked to end; the app's output:\n"
                            + output());
                }
            }
        }

        /** The run's file in the runs folder (in its per-user folder) is a checkpoint mid-epoch. */
        void assertRunKeptMidEpoch() throws Exception {
            List<Path> folders;
            try (Stream<Path> walk = Files.walk(home)) {
                folders = walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("runs")).toList();
            }
            List<StoredRun> runs = new ArrayList<>();
            for (Path folder : folders) {
                runs.addAll(new RunStore(folder).list());
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(home)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(runs).as("runs kept under %s (its files: %s); the app's output:%n%s", home, files, output())
                    .hasSize(1);
            StoredRun run = runs.get(0);
            assertThat(run.interrupted()).as("the run's file is a checkpoint the next start offers to resume").isTrue();
            assertThat(run.position().batch()).as("a checkpoint of where the run stood, not of an epoch's end").isPositive();
        }

        String output() {
            try {
                return Files.readString(home.resolve("output.txt"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }

        private String run(String... command) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            Process p = builder.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        }

        /** Polls {@code probe} until it answers, the app ends, or {@link #PATIENCE} runs out. */
        private <T> T await(String what, Probe<T> probe) throws Exception {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<T> answer = probe.get();
                if (answer.isPresent()) {
                    return answer.get();
                }
                if (!parent.isAlive()) {
                    throw new AssertionError("the app ended (exit code " + parent.exitValue() + ") before " + what
                            + "; its output:\n" + output());
                }
                LockSupport.parkNanos(POLL.toNanos()); // the pace of polling, not a wait for the answer
            }
            throw new AssertionError("no " + what + " within " + PATIENCE.toSeconds() + " s; the app's output:\n" + output());
        }
    }

    @FunctionalInterface
    private interface Probe<T> {
        Optional<T> get() throws Exception;
    }
}
