package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What could block for ever is refused at once: a named pipe as a model, output or data file (opening
 * one waits for a writer that never comes), and a number of draws that would score for ever.
 */
class HangTest {

    /** Far more than any of these needs; only a hang reaches it. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path fifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return path;
    }

    private static CliRun within(Supplier<CliRun> run) {
        return assertTimeoutPreemptively(HANG, run::get, "blocked: the command did not end");
    }

    private static void assertRefused(CliRun run, String... mentions) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: ").contains(mentions);
    }

    @Test
    void aNamedPipeAsAModelFileIsRefused() throws Exception {
        Path pipe = fifo(dir.resolve("model.zip"));

        assertRefused(within(() -> CliRun.of("evaluate", pipe.toString())), pipe.toString(), "not a regular file");
        assertRefused(within(() -> CliRun.of("anomalies", pipe.toString())), pipe.toString(), "not a regular file");
    }

    @Test
    void aNamedPipeAsTheOutputIsRefused() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path pipe = fifo(dir.resolve("out.zip"));

        assertRefused(within(() -> CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--batch", "16",
                "--out", pipe.toString())), pipe.toString(), "not a regular file");
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void aNamedPipeAsADataFileIsRefusedAsSuch() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Files.delete(data.resolve(DatasetLoader.TEST_LABELS));
        fifo(data.resolve(DatasetLoader.TEST_LABELS));

        assertRefused(within(() -> CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--batch", "16",
                "--out", dir.resolve("m.zip").toString())), DatasetLoader.TEST_LABELS, "not a regular file");
    }

    @Test
    void anomaliesRefusesMoreDrawsThanCouldEverBeScored() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path model = dir.resolve("m.zip");
        CliRun trained = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();

        assertRefused(within(() -> CliRun.of("anomalies", model.toString(), "--data", data.toString(),
                "--samples", "2147483647")), "--samples must be 1 to 1000", "2147483647");
    }
}
