package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** anomalies on a tiny model trained by train on 6x6 synthetic digits. */
class AnomaliesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;

    @BeforeAll
    static void train() throws Exception {
        data = TinyDataset.write(dir.resolve("tiny"));
        model = dir.resolve("tiny.vae");
        CliRun trained = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--latent", "2",
                "--epochs", "1", "--batch", "16", "--seed", "7", "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
    }

    @Test
    void jsonListsTheTopKLeastLikelyFirstWithTheirTrueLabels() throws Exception {
        CliRun run = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--top", "5", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n");
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("ranked").asInt()).isEqualTo(TinyDataset.TEST);
        JsonNode rows = result.get("anomalies");
        assertThat(rows).hasSize(5);
        ImageSet test = DatasetLoader.load(data).test();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(row.get("label").asInt()).isEqualTo(test.label(row.get("index").asInt()));
            double logP = row.get("log_probability").asDouble();
            assertThat(logP).isNegative().isGreaterThanOrEqualTo(previous);
            previous = logP;
        }
    }

    @Test
    void theSameRankingTwiceAndOneClassOnly() throws Exception {
        CliRun first = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--json", "--top", "3");
        CliRun again = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--json", "--top", "3");
        assertThat(again.out()).isEqualTo(first.out());

        CliRun threes = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--json", "--digit", "3", "--top", "100");
        assertThat(threes.exitCode()).as(threes.err()).isZero();
        JsonNode rows = JSON.readTree(threes.out()).get("anomalies");
        ImageSet test = DatasetLoader.load(data).test();
        long expected = java.util.stream.IntStream.range(0, test.count()).filter(i -> test.label(i) == 3).count();
        assertThat(rows).hasSize((int) expected);
        rows.forEach(row -> assertThat(row.get("label").asInt()).isEqualTo(3));
    }

    @Test
    void textShowsOneLinePerImage() {
        CliRun run = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--top", "4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines).hasSize(2 + 4);
        assertThat(lines[0]).contains("Least likely", "tiny.vae");
        assertThat(lines[2].strip()).startsWith("1 ");
    }

    @Test
    void badInputIsOneLineNamingTheFileAndExitCodeTwo() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("notes.txt"), "not a model");
        for (CliRun run : new CliRun[] {
            CliRun.of("anomalies", notAModel.toString(), "--data", data.toString()),
            CliRun.of("anomalies", dir.resolve("gone.vae").toString(), "--data", data.toString()),
        }) {
            assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: ").containsAnyOf("notes.txt", "gone.vae");
        }
        CliRun zero = CliRun.of("anomalies", model.toString(), "--data", data.toString(), "--top", "0");
        assertThat(zero.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(zero.errLines()).singleElement().asString().contains("--top");
    }
}
