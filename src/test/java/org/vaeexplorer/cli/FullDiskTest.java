package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real process whose files may not grow past 16 KB (RLIMIT_FSIZE: writes past it fail with EFBIG, as on a
 * full disk) trains a model too big to save over an existing one: it must say so, name the file, and leave
 * the existing model and no temporary files behind.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aSaveThatRunsOutOfSpaceLeavesTheExistingModelIntact() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path out = dir.resolve("models").resolve("m.zip");
        CliRun first = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1",
                "--batch", "16", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] before = Files.readAllBytes(out);

        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f 16 && exec \"$@\"", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:-UsePerfData",
                "-Dvae.explorer.jvm=test", "-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Main",
                // 36-256-2: about 80 KB of weights and optimizer state, five times the limit
                "train", "--data", data.toString(), "--hidden", "256", "--epochs", "1", "--batch", "16",
                "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();

        assertThat(exit).as(stderr).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(stderr).contains(out + ": could not be saved (File too large); any earlier file there is unchanged");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(ModelStore.load(out).config().hiddenSizes()).containsExactly(8);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("m.zip");
        }
    }
}
