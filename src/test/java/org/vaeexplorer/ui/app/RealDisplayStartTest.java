package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.instruments.LaunchProbe;
import org.vaeexplorer.testing.RealDisplay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window as a user starts it on a Linux desktop: a new JVM (which relaunches itself with the app's
 * options), ND4J's natives, the GTK glass on a real X server, the shipped model, the first decoding. Every
 * start must reach an interactive window.
 *
 * <p>JavaCPP's symbol lookups are slowed down by a preloaded shim (src/test/native), which turns the rare
 * deadlock between them and GTK's {@code dlopen} into one that an app breaking the native loading rule
 * (NativeRuntime) meets in most starts; an app that keeps the rule never meets it.
 */
@EnabledOnOs(OS.LINUX)
class RealDisplayStartTest {

    private static final int STARTS = 30;
    /** A start that deadlocked never ends by itself; a healthy one takes seconds, also on a loaded machine. */
    private static final long START_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void theWindowOpensEveryTimeWithTheGtkGlassWhileJavaCppLooksUpSymbolsSlowly() throws Exception {
        RealDisplay.requireGtk();
        RealDisplay.requireCommand("gcc", "the gcc package");
        Path shim = compileShim();
        try (RealDisplay x = RealDisplay.start("1280x720x24")) {
            for (int i = 1; i <= STARTS; i++) {
                Start start = startWindow(x.display(), shim, i);
                assertThat(start.interactive())
                        .as("start %d of %d never showed an interactive window (%s); its output:%n%s",
                                i, STARTS, start.ending(), start.output())
                        .isTrue();
                assertThat(start.output()).as("start %d used the GTK glass", i).contains("glassgtk3");
            }
        }
    }

    private record Start(boolean interactive, String ending, String output) {
    }

    private Start startWindow(String display, Path shim, int i) throws IOException, InterruptedException {
        Path report = dir.resolve("interactive-" + i + ".txt");
        Path output = dir.resolve("output-" + i + ".txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.gtk.verbose=true", // prints which glass library it loads
                // the launch timer's probe: writes the moment the window became interactive, then ends the app
                "-D" + LaunchProbe.PRELOADER_PROPERTY + "=" + LaunchProbe.class.getName(),
                "-D" + LaunchProbe.REPORT_TO_PROPERTY + "=" + report,
                "-cp", System.getProperty("java.class.path"),
                "org.vaeexplorer.Main"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().put("LD_PRELOAD", shim.toString());
        Process app = builder.start();
        String ending;
        if (app.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            ending = "exit code " + app.exitValue();
        } else {
            ending = "no answer within " + START_TIMEOUT_SECONDS + " s, killed";
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
            app.waitFor();
        }
        boolean interactive = Files.exists(report) && !Files.readString(report).isBlank();
        return new Start(interactive, ending, Files.readString(output, StandardCharsets.UTF_8));
    }

    private Path compileShim() throws IOException, InterruptedException {
        Path source = Path.of("src", "test", "native", "slow_javacpp_symbol_lookup.c");
        Path library = dir.resolve("libslow_javacpp_symbol_lookup.so");
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O2", "-o", library.toString(), source.toString(), "-ldl")
                .redirectErrorStream(true).start();
        String messages = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor()).as("gcc: %s", messages).isZero();
        return library;
    }
}
