package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The issue's own example: the default model on the real MNIST with a learning rate of 10. */
class DivergenceTest {

    @TempDir
    Path dir;

    @Test
    void learningRateTenStopsTheRunWithAMessageAndKeepsUsableParameters() throws Exception {
        Path out = dir.resolve("reckless.zip");
        CliRun run = CliRun.of("train", "--lr", "10", "--epochs", "2", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_DIVERGED);
        assertThat(run.errLines()).last().asString()
                .contains("training diverged at iteration")
                .contains("were kept. Try a smaller learning rate (now 10.0)")
                .endsWith("Saved to " + out + ".");
        ModelFile kept = ModelStore.load(out); // refuses NaN or infinite weights
        assertThat(kept.isCheckpoint()).isFalse();
        assertThat(TrainCommand.checkpointFile(out)).doesNotExist();

        CliRun evaluated = CliRun.of("evaluate", out.toString(), "--json");
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        double negElbo = new com.fasterxml.jackson.databind.ObjectMapper().readTree(evaluated.out())
                .get("test_neg_elbo").asDouble();
        assertThat(negElbo).isFinite().isPositive();
    }
}
