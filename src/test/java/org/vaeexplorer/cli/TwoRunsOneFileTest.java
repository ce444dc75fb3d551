package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * While a training process writes a model, a second run on the same file is refused, naming the lock
 * the first holds; the lock dies with its process, so a killed run can still be resumed.
 */
class TwoRunsOneFileTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstTrains() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), TinyDataset.SIDE, 512);
        Path out = dir.resolve("m.zip");
        Process first = new ProcessBuilder(CliProcess.inPlace("train", "--data", data.toString(), "--hidden", "8",
                "--epochs", "1000", "--batch", "16", "--out", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CliProcess.Stderr stderr = new CliProcess.Stderr(first);
            // Its second epoch's line comes after the first epoch's checkpoint.
            String epoch = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> stderr.awaitLine("epoch 2/1000  train"));
            assertThat(epoch).as("the first run's stderr").isNotNull();
            Path lock = dir.resolve("m.zip.lock");

            CliRun second = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1",
                    "--batch", "16", "--out", out.toString());
            assertRefusedByTheLock(second, out, first, lock);
            // Only once the lock is known to hold: a resume it did not stop would train the first run's 1000 epochs.
            assertRefusedByTheLock(CliRun.of("train", "--resume", out.toString()), out, first, lock);
            assertThat(lock).exists();
            assertThat(ModelStore.load(TrainCommand.checkpointFile(out)).isCheckpoint())
                    .as("the first run's checkpoint is untouched").isTrue();
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        // Killed: its lock went with it; what stands in a new run's way now is only the run's checkpoint.
        CliRun third = CliRun.of("train", "--data", data.toString(), "--out", out.toString());
        assertThat(third.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        List<String> lines = third.errLines();
        assertThat(lines).last().asString().doesNotContain("lock")
                .contains("an interrupted run of " + out + " is checkpointed there");
        // Killed in the middle of a checkpoint's save, the first run leaves its temporary file; the next run
        // removes it and says so, before the refusal.
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).startsWith("note: removed 1 temporary file"));
    }

    private static void assertRefusedByTheLock(CliRun refused, Path out, Process holder, Path lock) {
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(refused.errLines()).singleElement().asString().startsWith("vae-explorer: " + out)
                .contains("another training run (process " + holder.pid() + ") is writing it")
                .contains("holds its lock " + lock);
    }
}
