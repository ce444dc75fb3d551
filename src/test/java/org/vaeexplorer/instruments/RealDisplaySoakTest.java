package org.vaeexplorer.instruments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.testing.RealDisplay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code soak} as a user with a desktop runs it: DISPLAY set, the real window with the GTK glass on an X
 * server (it once hung there at start, in the native loading deadlock). It must report, end by itself and
 * leave no process behind.
 */
@EnabledOnOs(OS.LINUX)
class RealDisplaySoakTest {

    @TempDir
    Path dir;

    @Test
    void aShortSoakOnARealDisplayUsesTheGtkGlassReportsAndLeavesNoProcess() throws Exception {
        RealDisplay.requireGtk();
        try (RealDisplay x = RealDisplay.start("1280x720x24")) {
            Path output = dir.resolve("output.txt");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djdk.gtk.verbose=true", // prints which glass library it loads
                    "-cp", System.getProperty("java.class.path"),
                    "org.vaeexplorer.Main", "soak", "--minutes", "0.1", "--interval-seconds", "3", "--json"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("DISPLAY", x.display());
            builder.environment().put("VAE_EXPLORER_USER_FOLDER", dir.resolve("user").toString());
            Process soak = builder.start();
            List<ProcessHandle> started = new ArrayList<>();
            try {
                // The processes it starts (the relaunched JVM), seen while it runs: once it has ended they are
                // nobody's descendants.
                while (!soak.waitFor(100, TimeUnit.MILLISECONDS) && started.isEmpty()) {
                    soak.descendants().forEach(started::add);
                }
                assertThat(soak.waitFor(300, TimeUnit.SECONDS)).as("the soak ends by itself").isTrue();
                String out = Files.readString(output, StandardCharsets.UTF_8);
                assertThat(soak.exitValue()).as(out).isZero();
                assertThat(out).contains("glassgtk3").contains("\"errors\":0").contains("\"fx_fps\"");
                for (ProcessHandle p : started) {
                    assertThat(p.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join())
                            .as("process %d the soak started is still running", p.pid()).isNotNull();
                }
            } finally {
                soak.descendants().forEach(ProcessHandle::destroyForcibly);
                started.forEach(ProcessHandle::destroyForcibly);
                soak.destroyForcibly();
            }
        }
    }
}
