package org.vaeexplorer;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The child JVM's command line, decided without starting it. */
class ChildJvmOptionsTest {

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

    @Test
    void aCollectorTheUserChoseReplacesOurs() {
        List<String> command = ChildJvmOptions.command("java", List.of("-XX:+UseZGC"), "app.jar", new String[0]);
        assertThat(command).contains("-XX:+UseZGC", "-Xmx512m").doesNotContain("-XX:+UseG1GC");
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

    @Test
    void trainKeepsItsBigBuffersInMallocsArenasWhileTheWindowAndOtherCommandsMapThem() {
        Map<String, String> window = new HashMap<>();
        Map<String, String> evaluate = new HashMap<>();
        Map<String, String> train = new HashMap<>();

        ChildJvmOptions.nativeSettings(window, new String[] {"--model", "m.zip"}, Optional.empty());
        ChildJvmOptions.nativeSettings(evaluate, new String[] {"evaluate", "m.zip"}, Optional.empty());
        ChildJvmOptions.nativeSettings(train, new String[] {"train", "--arch", "conv"}, Optional.empty());

        assertThat(window).containsExactlyInAnyOrderEntriesOf(Map.of("MALLOC_ARENA_MAX", "2",
                "MALLOC_MMAP_THRESHOLD_", "131072", "OMP_WAIT_POLICY", "PASSIVE"));
        assertThat(evaluate).isEqualTo(window);
        assertThat(train).containsExactlyInAnyOrderEntriesOf(Map.of("MALLOC_ARENA_MAX", "2",
                "MALLOC_MMAP_THRESHOLD_", "67108864", "MALLOC_TRIM_THRESHOLD_", "268435456", "OMP_WAIT_POLICY", "PASSIVE"));
    }

    @Test
    void nativeSettingsTheUserGaveWin() {
        Map<String, String> env = new HashMap<>(Map.of("MALLOC_MMAP_THRESHOLD_", "4096", "OPENBLAS_CORETYPE", "Haswell"));

        ChildJvmOptions.nativeSettings(env, new String[] {"train"}, Optional.of("SkylakeX"));

        assertThat(env).containsEntry("MALLOC_MMAP_THRESHOLD_", "4096").containsEntry("MALLOC_ARENA_MAX", "2")
                .containsEntry("OPENBLAS_CORETYPE", "Haswell");
    }

    @Test
    void aChildIsToldTheOpenBlasKernelsItsCpuWants() {
        Map<String, String> env = new HashMap<>();

        ChildJvmOptions.nativeSettings(env, new String[] {"--model", "m.zip"}, Optional.of("SkylakeX"));

        assertThat(env).containsEntry("OPENBLAS_CORETYPE", "SkylakeX");
    }
}
