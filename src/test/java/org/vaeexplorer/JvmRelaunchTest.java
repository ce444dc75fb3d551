package org.vaeexplorer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JvmRelaunchTest {

    @Test
    void theChildsJavaIsJavaExeOnWindows() {
        assertThat(ChildJvmOptions.javaExecutable("C:\\Program Files\\Java 17", "Windows 11").getFileName())
                .hasToString("java.exe");
        assertThat(ChildJvmOptions.javaExecutable("/Library/Java/JDK 17/Contents/Home", "Mac OS X"))
                .isEqualTo(Path.of("/Library/Java/JDK 17/Contents/Home/bin/java"));
    }

    @Test
    void theChildGetsOurOptionsThenTheUsersSoTheUsersWin() {
        List<String> command = ChildJvmOptions.command("/jdk/bin/java", List.of("-XX:MaxGCPauseMillis=50", "-Dfoo=bar"),
                "app.jar", new String[] {"train", "--epochs", "3"});
        assertThat(command).containsSubsequence("/jdk/bin/java", "-Xms512m", "-Xmx512m", "-XX:MaxGCPauseMillis=20",
                "-D" + JvmRelaunch.MARKER + "=child", "-XX:MaxGCPauseMillis=50", "-Dfoo=bar", "-cp", "app.jar",
                Main.class.getName(), "train", "--epochs", "3");
    }

    /** A heap size the user gives is the fixed heap: ours beside a smaller -Xmx would keep the child from starting. */
    @Test
    void theUsersHeapSizeReplacesOursAndStaysFixed() {
        assertThat(ChildJvmOptions.command("java", List.of("-Xmx256m"), "app.jar", new String[0]))
                .containsSubsequence("-Xms256m", "-Xmx256m").doesNotContain("-Xms512m", "-Xmx512m");
        assertThat(ChildJvmOptions.command("java", List.of("-Xms2g"), "app.jar", new String[0]))
                .containsSubsequence("-Xmx2g", "-Xms2g").doesNotContain("-Xms512m", "-Xmx512m");
        assertThat(ChildJvmOptions.command("java", List.of("-Xms1g", "-Xmx3g"), "app.jar", new String[0]))
                .doesNotContain("-Xms512m", "-Xmx512m");
        assertThat(ChildJvmOptions.command("java", List.of(), "app.jar", new String[0]))
                .as("the JVM's own messages never go to stdout, which may be a --json answer")
                .contains("-XX:+DisplayVMOutputToStderr");
    }

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
    void aCollectorTheUserChoseReplacesOurs() {
        List<String> command = ChildJvmOptions.command("java", List.of("-XX:+UseZGC"), "app.jar", new String[0]);
        assertThat(command).contains("-XX:+UseZGC", "-Xmx512m").doesNotContain("-XX:+UseG1GC");
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

    @Test
    void theParentsJvmOptionsAreWhatComesBeforeTheMainClassLessTheClassPath() {
        assertThat(ChildJvmOptions.jvmOptions(List.of("-Xmx2g", "-Dfoo=a b", "-jar", "app.jar", "-Dnot=mine", "train")))
                .containsExactly("-Xmx2g", "-Dfoo=a b");
        assertThat(ChildJvmOptions.jvmOptions(List.of("-cp", "a.jar:b.jar", "-XX:+UseZGC", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--class-path=c.jar", "org.vaeexplorer.Main", "--model", "m.zip")))
                .containsExactly("-XX:+UseZGC", "--add-opens", "java.base/java.lang=ALL-UNNAMED");
        assertThat(ChildJvmOptions.jvmOptions(List.of("-m", "app/org.vaeexplorer.Main", "-Xmx1g"))).isEmpty();
        assertThat(ChildJvmOptions.jvmOptions(List.of())).isEmpty();
    }
}
