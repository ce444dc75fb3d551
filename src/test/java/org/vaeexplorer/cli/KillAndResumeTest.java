package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A real training process is killed with SIGKILL in the middle of an epoch; {@code train --resume} then
 * finishes the run from its checkpoint, and the result is the model an uninterrupted run gives.
 */
class KillAndResumeTest {

    @TempDir
    Path dir;

    /** 512 images in minibatches of 16: 32 checkpoints per epoch with --checkpoint-seconds 0. */
    private List<String> trainArgs(Path data, Path out) {
        return List.of("train", "--data", data.toString(), "--hidden", "8", "--latent", "2", "--epochs", "6",
                "--batch", "16", "--seed", "3", "--out", out.toString());
    }

    @Test
    void aRunKilledMidEpochResumesFromItsCheckpointAndEndsAsTheUninterruptedOne() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), TinyDataset.SIDE, 512);
        Path out = dir.resolve("killed.zip");
        Path checkpoint = TrainCommand.checkpointFile(out);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dvae.explorer.jvm=test", "-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Main"));
        command.addAll(trainArgs(data, out));
        command.addAll(List.of("--checkpoint-seconds", "0"));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String seen = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> awaitLine(child, "checkpoint saved at epoch 3, minibatch"));
            assertThat(seen).as("the child's stderr").isNotNull();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
            assertThat(child.waitFor()).as("killed, not finished").isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }
        assertThat(out).as("the model is saved only when the run ends").doesNotExist();
        ModelFile interrupted = ModelStore.load(checkpoint);
        assertThat(interrupted.isCheckpoint()).isTrue();
        assertThat(interrupted.position().epoch()).isGreaterThanOrEqualTo(2);

        CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--data", data.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming " + out + " at " + interrupted.position().describe());
        assertThat(checkpoint).as("deleted once the model is saved").doesNotExist();

        Path reference = dir.resolve("uninterrupted.zip");
        CliRun straight = CliRun.of(trainArgs(data, reference).toArray(String[]::new));
        assertThat(straight.exitCode()).as(straight.err()).isZero();

        ModelFile finished = ModelStore.load(out);
        ModelFile expected = ModelStore.load(reference);
        assertThat(finished.isCheckpoint()).isFalse();
        assertThat(finished.history().epochs()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        // The history written before the kill is intact ...
        assertThat(finished.history().epochs().subList(0, interrupted.history().epochCount()))
                .isEqualTo(interrupted.history().epochs());
        // ... and the run went on as if it had never stopped.
        assertThat(finished.params()).isEqualTo(expected.params());
        assertThat(losses(finished)).isEqualTo(losses(expected));
    }

    private static String awaitLine(Process child, String prefix) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private static List<String> losses(ModelFile model) {
        return model.history().epochs().stream().map(e -> e.train() + " | " + e.test()).toList();
    }
}
