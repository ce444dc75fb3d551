package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code train --threads N}: both cores for the matrix products of a command-line run, the same learning. */
class ThreadsTest {

    @TempDir
    Path dir;

    @Test
    void aThreadCountTheMachineCannotGiveIsRefusedBeforeAnythingIsRead() {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int asked : new int[] {0, cores + 1}) {
            CliRun run = CliRun.of("train", "--data", dir.resolve("nowhere").toString(), "--threads", Integer.toString(asked),
                    "--out", dir.resolve("m.zip").toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
            assertThat(run.err()).contains("--threads must be 1 to " + cores + " (the cores of this machine), got " + asked)
                    .doesNotContain("nowhere");
        }
    }

    @Test
    void twoThreadsTrainTheSameModelAsOne() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        Path data = TinyDataset.write(dir.resolve("data"));

        JsonNode one = train(data, 1);
        JsonNode two = train(data, 2);

        assertThat(one.get("threads").asInt()).isEqualTo(1);
        assertThat(two.get("threads").asInt()).isEqualTo(2);
        double test = one.get("test_neg_elbo").asDouble();
        assertThat(two.get("test_neg_elbo").asDouble()).as("float rounding at most").isCloseTo(test, within(1e-4 * test));
    }

    /** {@code train} in a process of its own (the thread count is process-wide), its --json answer. */
    private JsonNode train(Path data, int threads) throws Exception {
        List<String> command = new ArrayList<>(CliProcess.inPlace("train", "--data", data.toString(), "--hidden", "32",
                "--latent", "2", "--epochs", "1", "--batch", "16", "--threads", Integer.toString(threads), "--json",
                "--out", dir.resolve("t" + threads + ".zip").toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }
}
