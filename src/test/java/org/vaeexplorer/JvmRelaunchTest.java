package org.vaeexplorer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JvmRelaunchTest {

    /** The case: {@code java -Xmx256m -jar ...} could not start its child, said so on stdout and exited 1. */
    @Test
    void aUsersSmallerHeapStartsTheChildWithThatHeap() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train", "--epochs", "0",
                "--out", "never.zip").start();
        parent.getOutputStream().close();
        String out = new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(parent.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(parent.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("vae-explorer: epochs must be 1..");
        assertThat(out).isEmpty();
    }

    /**
     * A child that cannot start says so on stderr, and the exit code is not 0. The option is one the parent
     * takes (its default heap is a quarter of the machine's memory) but the child's fixed 512 MB heap cannot.
     */
    @Test
    void aChildThatCannotStartSaysSoOnStderr() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SoftMaxHeapSize=513m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train",
                "--epochs", "0", "--out", "never.zip").start();
        parent.getOutputStream().close();
        String out = new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(parent.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(parent.waitFor()).as(err).isNotZero();
        assertThat(out).isEmpty();
        assertThat(err).contains("SoftMaxHeapSize must be less than or equal to the maximum heap size")
                .contains("vae-explorer: the Java VM could not start with the options [")
                .contains("-Xmx512m", "-XX:SoftMaxHeapSize=513m", "VAE_EXPLORER_SAME_JVM=1");
    }

    /** A collector chosen in JDK_JAVA_OPTIONS (not on the command line, but the child's too) replaces ours. */
    @Test
    void aCollectorChosenInTheEnvironmentReplacesOurs() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train", "--epochs", "0",
                "--out", "never.zip");
        builder.environment().put("JDK_JAVA_OPTIONS", "-XX:+UseSerialGC");
        Process parent = builder.start();
        parent.getOutputStream().close();
        parent.getInputStream().readAllBytes();
        String err = new String(parent.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(parent.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("vae-explorer: epochs must be 1..").doesNotContain("Conflicting collector");
    }

    /** A command line as /proc/self/cmdline holds it: NUL-ended words, the app's arguments last. */
    @Test
    void argumentsTheCLocaleLostAreHandedToTheChildFromTheCommandLinesBytes() {
        byte[] name = "数据".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream cmdline = new java.io.ByteArrayOutputStream();
        for (byte[] word : List.of("java".getBytes(), "-jar".getBytes(), "x.jar".getBytes(), "--data".getBytes(), name)) {
            cmdline.writeBytes(word);
            cmdline.write(0);
        }
        // What the JVM made of them in the C locale: one replacement character per byte it could not read.
        String[] lost = {"--data", "\uFFFD".repeat(name.length)};

        String encoded = ArgumentBytes.encodedArguments(cmdline.toByteArray(), lost).orElseThrow();

        System.setProperty(ArgumentBytes.PROPERTY, encoded);
        try {
            assertThat(ArgumentBytes.arguments(new String[] {"--data", "??????"})).containsExactly("--data", "数据");
        } finally {
            System.clearProperty(ArgumentBytes.PROPERTY);
        }
        assertThat(ArgumentBytes.encodedArguments(cmdline.toByteArray(), new String[] {"--model", lost[1]}))
                .as("not the arguments this JVM got").isEmpty();
    }

    @Test
    void aPlainStartRunsTheCommandInAChildJvmAndPassesOnItsOutputAndExitCode() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train", "--epochs", "0",
                "--out", "never.zip").start();
        parent.getOutputStream().close();
        String err = new String(parent.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(parent.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("vae-explorer: epochs must be 1..");
        // The parent's only child was the relaunched JVM, and it has ended.
        assertThat(parent.descendants().count()).isZero();
    }

    @Test
    void aChildWindowEndsWithinItsGraceWhenItsParentIsKilled() throws Exception {
        Started app = startHeadlessWindow();
        app.parent().destroyForcibly(); // SIGKILL: the parent gets no chance to end its child
        assertThat(app.child().onExit().completeOnTimeout(null, ChildLifetime.SHUTDOWN_GRACE.toSeconds() + 3, TimeUnit.SECONDS).get())
                .as("the child JVM outlived its killed parent").isNotNull();
    }

    @Test
    void aTerminatedParentEndsItsChildFirstAndThenItself() throws Exception {
        Started app = startHeadlessWindow();
        app.parent().destroy(); // SIGTERM, as the desktop or a shell's kill sends
        assertThat(app.parent().waitFor(ChildLifetime.SHUTDOWN_GRACE.toSeconds() + 3, TimeUnit.SECONDS))
                .as("the parent ended").isTrue();
        assertThat(app.child().isAlive()).as("the child ended before its parent").isFalse();
    }

    private record Started(Process parent, ProcessHandle child) {
    }

    /**
     * A plain start of the window (headless), returned once the relaunched child has loaded ND4J: its log line
     * says so, so nothing here waits on a clock.
     */
    private static Started startHeadlessWindow() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dvae.log.level=INFO",
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var log = new java.io.BufferedReader(new java.io.InputStreamReader(parent.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = log.readLine();
            } while (line != null && !line.contains("ND4J ready"));
            assertThat(line).as("the child never reported ND4J ready").isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    log.transferTo(java.io.Writer.nullWriter());
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            ProcessHandle child = parent.children().findFirst().orElseThrow();
            return new Started(parent, child);
        } catch (Exception | AssertionError e) {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
            throw e;
        }
    }

}
