package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * SIGTERM (kill) and SIGINT (Ctrl-C) end {@code train} with a checkpoint of where it stood and one line
 * saying what was kept and the command that continues it; that command then finishes the run.
 */
class SignalTest {

    private static final int EPOCHS = 8;

    @TempDir
    Path dir;

    private String[] trainArgs(Path data, Path out) {
        return new String[] {"train", "--data", data.toString(), "--hidden", "8", "--epochs", Integer.toString(EPOCHS),
            "--batch", "16", "--seed", "4", "--out", out.toString()};
    }

    @Test
    void sigtermAndSigintCheckpointTheRunAndSayHowToContinueIt() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), TinyDataset.SIDE, 1024);
        Path reference = dir.resolve("uninterrupted.zip");
        CliRun straight = CliRun.of(trainArgs(data, reference));
        assertThat(straight.exitCode()).as(straight.err()).isZero();

        assertEndsWithAWord(data, dir.resolve("term.zip"), "TERM", 143, reference);
        assertEndsWithAWord(data, dir.resolve("int.zip"), "INT", 130, reference);
    }

    private void assertEndsWithAWord(Path data, Path out, String signal, int exitCode, Path reference) throws Exception {
        Process child = new ProcessBuilder(CliProcess.inPlace(trainArgs(data, out)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr;
        try {
            CliProcess.Stderr err = new CliProcess.Stderr(child);
            assertThat(assertTimeoutPreemptively(Duration.ofMinutes(2), () -> err.awaitLine("epoch 1/" + EPOCHS + "  train")))
                    .as("the first epoch's line").isNotNull();
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            stderr = err.all();
            assertThat(child.waitFor()).as(stderr).isEqualTo(exitCode);
        } finally {
            child.destroyForcibly();
        }
        ModelFile checkpoint = ModelStore.load(TrainCommand.checkpointFile(out));
        String at = checkpoint.position().describe();
        assertThat(stderr).contains("vae-explorer: stopped at " + at + " (the process was asked to end); the run is kept up to "
                + at + " in " + TrainCommand.checkpointFile(out) + "; continue it with: vae-explorer train --resume " + out);
        assertThat(out).as("an unfinished run is not saved as a model").doesNotExist();

        CliRun resumed = CliRun.of("train", "--resume", out.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        ModelFile finished = ModelStore.load(out);
        assertThat(finished.history().epochs()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(finished.params()).isEqualTo(ModelStore.load(reference).params());
    }
}
