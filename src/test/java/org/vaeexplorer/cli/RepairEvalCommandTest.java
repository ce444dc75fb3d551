package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** repair-eval on a tiny model trained by train on 6x6 synthetic digits. */
class RepairEvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;

    @BeforeAll
    static void train() {
        data = dir.resolve("tiny");
        model = dir.resolve("tiny.zip");
        try {
            TinyDataset.write(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void jsonHasEveryMaskAndMethodWithItsErrorAndPsnr() throws Exception {
        CliRun run = CliRun.of("repair-eval", model.toString(), "--data", data.toString(), "--images", "20",
                "--rounds", "3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("images").asInt()).isEqualTo(20);
        assertThat(result.get("rounds").asInt()).isEqualTo(3);
        Set<String> seen = new HashSet<>();
        for (JsonNode row : result.get("results")) {
            seen.add(row.get("mask").asText() + "/" + row.get("method").asText());
            double mse = row.get("mse").asDouble();
            assertThat(mse).isBetween(0.0, 1.0);
            assertThat(row.get("psnr_db").asDouble()).isCloseTo(10 * Math.log10(1 / mse),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(seen).hasSize(12).contains("lower_half/vae", "right_half/nearest_image", "upper_half/mean_image");
    }

    @Test
    void moreImagesThanTheTestSetHoldsAreRefused() {
        CliRun run = CliRun.of("repair-eval", model.toString(), "--data", data.toString(), "--images", "33");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--images 33").contains("has 32 test images");
    }
}
