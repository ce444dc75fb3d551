package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What train says when --resume or a leftover checkpoint cannot be used as asked. */
class ResumeInputTest {

    @TempDir
    Path dir;

    @Test
    void resumingWithoutACheckpointSaysThereIsNothingToResume() throws Exception {
        Path out = dir.resolve("never.zip");
        CliRun run = CliRun.of("train", "--resume", out.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains(out + ".checkpoint: no such checkpoint, so no interrupted run of " + out);
    }

    @Test
    void resumingRefusesOptionsThatWouldChangeTheRun() {
        CliRun run = CliRun.of("train", "--resume", dir.resolve("m.zip").toString(), "--latent", "5", "--lr", "0.1");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--resume continues a run with its own hyperparameters; drop --latent, --lr");
    }

    @Test
    void aNewRunDoesNotDestroyAnInterruptedOnesCheckpoint() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path out = dir.resolve("m.zip");
        CliRun first = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1",
                "--batch", "16", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path checkpoint = TrainCommand.checkpointFile(out);
        // A checkpoint left by a killed run: the finished model marked as mid-epoch.
        ModelStore.save(checkpoint, ModelStore.load(out).at(
                new org.vaeexplorer.store.RunPosition(1, 0, 4, org.vaeexplorer.model.LossParts.ZERO, 0, 1, 2)));
        byte[] before = Files.readAllBytes(checkpoint);

        CliRun second = CliRun.of("train", "--data", data.toString(), "--out", out.toString());
        assertThat(second.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(second.errLines()).singleElement().asString()
                .contains("an interrupted run of " + out + " is checkpointed there")
                .contains("train --resume " + out);
        assertThat(Files.readAllBytes(checkpoint)).isEqualTo(before);
    }

    @Test
    void trainNeedsOutOrResume() {
        CliRun run = CliRun.of("train", "--epochs", "1");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("train needs --out FILE");
    }
}
