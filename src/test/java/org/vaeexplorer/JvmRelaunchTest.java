package org.vaeexplorer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JvmRelaunchTest {

    @Test
    void theChildGetsOurOptionsThenTheUsersSoTheUsersWin() {
        List<String> command = JvmRelaunch.command("/jdk/bin/java", List.of("-Xmx2g", "-Dfoo=bar"), "app.jar",
                new String[] {"train", "--epochs", "3"});
        assertThat(command).containsSubsequence("/jdk/bin/java", "-Xmx512m", "-D" + JvmRelaunch.MARKER + "=child",
                "-Xmx2g", "-Dfoo=bar", "-cp", "app.jar", Main.class.getName(), "train", "--epochs", "3");
    }

    @Test
    void aCollectorTheUserChoseReplacesOurs() {
        List<String> command = JvmRelaunch.command("java", List.of("-XX:+UseZGC"), "app.jar", new String[0]);
        assertThat(command).contains("-XX:+UseZGC", "-Xmx512m").doesNotContain("-XX:+UseG1GC");
    }

    @Test
    void aWindowLaunchFromAJarArchivesItsClassesBesideTheJarAndLaterLaunchesMapThem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path jar = java.nio.file.Files.writeString(dir.resolve("vae-explorer.jar"), "jar");
        Path archive = dir.resolve("vae-explorer.jsa");
        assertThat(JvmRelaunch.classDataSharing(jar.toString(), new String[0]))
                .contains("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        assertThat(JvmRelaunch.classDataSharing(jar.toString(), new String[] {"train", "--out", "m.zip"}))
                .as("a command line run does not decide what the window's archive holds").isEmpty();

        java.nio.file.Files.writeString(archive, "archive");
        assertThat(JvmRelaunch.classDataSharing(jar.toString(), new String[] {"evaluate", "m.zip"}))
                .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off");

        java.nio.file.Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(archive).toMillis() + 60_000));
        assertThat(JvmRelaunch.classDataSharing(jar.toString(), new String[0]))
                .as("the jar was rebuilt: a new archive").contains("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        assertThat(JvmRelaunch.classDataSharing("target/classes:lib/a.jar", new String[0])).isEmpty();
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
        assertThat(app.child().onExit().completeOnTimeout(null, JvmRelaunch.SHUTDOWN_GRACE.toSeconds() + 3, TimeUnit.SECONDS).get())
                .as("the child JVM outlived its killed parent").isNotNull();
    }

    @Test
    void aTerminatedParentEndsItsChildFirstAndThenItself() throws Exception {
        Started app = startHeadlessWindow();
        app.parent().destroy(); // SIGTERM, as the desktop or a shell's kill sends
        assertThat(app.parent().waitFor(JvmRelaunch.SHUTDOWN_GRACE.toSeconds() + 3, TimeUnit.SECONDS))
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
        assertThat(JvmRelaunch.jvmOptions(List.of("-Xmx2g", "-Dfoo=a b", "-jar", "app.jar", "-Dnot=mine", "train")))
                .containsExactly("-Xmx2g", "-Dfoo=a b");
        assertThat(JvmRelaunch.jvmOptions(List.of("-cp", "a.jar:b.jar", "-XX:+UseZGC", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--class-path=c.jar", "org.vaeexplorer.Main", "--model", "m.zip")))
                .containsExactly("-XX:+UseZGC", "--add-opens", "java.base/java.lang=ALL-UNNAMED");
        assertThat(JvmRelaunch.jvmOptions(List.of("-m", "app/org.vaeexplorer.Main", "-Xmx1g"))).isEmpty();
        assertThat(JvmRelaunch.jvmOptions(List.of())).isEmpty();
    }
}
