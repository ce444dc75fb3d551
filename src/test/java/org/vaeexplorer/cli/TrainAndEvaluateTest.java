package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** train and evaluate end to end on a 6x6 synthetic dataset with a tiny network. */
class TrainAndEvaluateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;
    private static CliRun trained;

    @BeforeAll
    static void train() throws Exception {
        data = TinyDataset.write(dir.resolve("tiny"));
        model = dir.resolve("tiny.vae");
        trained = CliRun.of(trainArgs(model, "--json"));
    }

    private static String[] trainArgs(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data.toString(),
                "--hidden", "8", "--latent", "2", "--epochs", "2", "--batch", "16", "--seed", "7",
                "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void trainSavesALoadableModelOfTheAskedShape() throws Exception {
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(model).isRegularFile();
        ModelFile saved = ModelStore.load(model);
        assertThat(saved.config().hiddenSizes()).containsExactly(8);
        assertThat(saved.config().latentSize()).isEqualTo(2);
        assertThat(saved.config().imageRows()).isEqualTo(TinyDataset.SIDE);
        assertThat(saved.config().seed()).isEqualTo(7);
        assertThat(saved.history().epochCount()).isEqualTo(2);
    }

    @Test
    void trainJsonIsOneObjectWithHyperparametersLossesAndHistory() throws Exception {
        assertThat(trained.out().strip()).doesNotContain("\n");
        JsonNode result = JSON.readTree(trained.out());
        assertThat(result.get("latent").asInt()).isEqualTo(2);
        assertThat(result.get("hidden").toString()).isEqualTo("[8]");
        assertThat(result.get("epochs").asInt()).isEqualTo(2);
        assertThat(result.get("batch").asInt()).isEqualTo(16);
        assertThat(result.get("lr").asDouble()).isEqualTo(1e-3);
        assertThat(result.get("beta").asDouble()).isEqualTo(1.0);
        assertThat(result.get("warmup_epochs").asDouble()).isZero();
        assertThat(result.get("seed").asLong()).isEqualTo(7);
        assertThat(result.get("data").asText()).isEqualTo(data.toAbsolutePath().normalize().toString());
        assertThat(result.get("out").asText()).isEqualTo(model.toAbsolutePath().toString());
        assertThat(result.get("status").asText()).isEqualTo("completed");
        assertThat(result.get("seconds").asDouble()).isPositive();

        JsonNode history = result.get("history");
        assertThat(history).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode epoch = history.get(i);
            assertThat(epoch.get("epoch").asInt()).isEqualTo(i + 1);
            assertThat(epoch.get("test_neg_elbo").asDouble())
                    .isCloseTo(epoch.get("test_recon").asDouble() + epoch.get("test_kl").asDouble(), within(1e-6));
            assertThat(epoch.get("train_neg_elbo").asDouble())
                    .isCloseTo(epoch.get("train_recon").asDouble() + epoch.get("train_kl").asDouble(), within(1e-6));
            assertThat(epoch.get("test_neg_elbo").asDouble()).isPositive();
            assertThat(epoch.get("beta").asDouble()).isEqualTo(1.0);
            assertThat(epoch.get("seconds").asDouble()).isPositive();
        }
        JsonNode last = history.get(1);
        for (String key : List.of("train_neg_elbo", "train_recon", "train_kl", "test_neg_elbo", "test_recon", "test_kl")) {
            assertThat(result.get(key).asDouble()).as(key).isEqualTo(last.get(key).asDouble());
        }
    }

    @Test
    void trainShowsOneSummaryLinePerEpochOnStderr() {
        // Not a terminal here, so the progress is plain lines, and nothing redraws with '\r'.
        assertThat(trained.err()).doesNotContain("\r");
        assertThat(trained.errLines()).filteredOn(line -> line.contains("train neg ELBO"))
                .hasSize(2)
                .first().asString().startsWith("epoch 1/2").contains(" = ").contains(" recon + ").contains(" KL");
    }

    /**
     * Training evaluates the test set at the end of each epoch with the config's seed; evaluate does the
     * same with the same seed on the same weights (saved as float32, exactly what training held), so the
     * single-sample estimates agree to the last bit of a float sum.
     */
    @Test
    void evaluateReproducesTheLastTestLossOfTraining() throws Exception {
        CliRun evaluated = CliRun.of("evaluate", model.toString(), "--data", data.toString(), "--json");

        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        JsonNode result = JSON.readTree(evaluated.out());
        JsonNode last = JSON.readTree(trained.out()).get("history").get(1);
        assertThat(result.get("test_neg_elbo").asDouble()).isCloseTo(last.get("test_neg_elbo").asDouble(), within(1e-9));
        assertThat(result.get("test_recon").asDouble()).isCloseTo(last.get("test_recon").asDouble(), within(1e-9));
        assertThat(result.get("test_kl").asDouble()).isCloseTo(last.get("test_kl").asDouble(), within(1e-9));
        assertThat(result.get("model").asText()).isEqualTo(model.toAbsolutePath().toString());
        assertThat(result.get("latent").asInt()).isEqualTo(2);
        assertThat(result.get("seed").asLong()).isEqualTo(7);
    }

    @Test
    void evaluateTextShowsTheLossWithTwoDecimals() {
        CliRun evaluated = CliRun.of("evaluate", model.toString(), "--data", data.toString());

        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).containsPattern("test neg ELBO +\\d+\\.\\d\\d = \\d+\\.\\d\\d recon \\+ \\d+\\.\\d\\d KL");
    }

    @Test
    void evaluateRejectsDataOfAnotherImageSize() throws Exception {
        Path bigger = TinyDataset.write(dir.resolve("eight"), 8);

        CliRun evaluated = CliRun.of("evaluate", model.toString(), "--data", bigger.toString());

        assertThat(evaluated.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(evaluated.errLines()).singleElement().asString()
                .startsWith("vae-explorer: ").contains("tiny.vae").contains("6x6").contains("8x8");
    }

    @Test
    void trainingAgainIntoAnExistingModelStartsFromScratch() throws Exception {
        Path again = dir.resolve("again.vae");
        Files.copy(model, again);

        CliRun second = CliRun.of(trainArgs(again, "--json"));

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("not continued");
        // A continued run would have found its 2 epochs done and trained none; this one trained epochs 1 and 2.
        JsonNode history = JSON.readTree(second.out()).get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("epoch").asInt()).isEqualTo(1);
        assertThat(ModelStore.load(again).history().epochCount()).isEqualTo(2);
        // Same seed, same data, fresh start: the same numbers as the first run.
        assertThat(history.get(1).get("test_neg_elbo").asDouble())
                .isEqualTo(JSON.readTree(trained.out()).get("history").get(1).get("test_neg_elbo").asDouble());
    }

    @Test
    void trainTextSummaryGoesToStdout() {
        Path out = dir.resolve("text.vae");

        CliRun run = CliRun.of(trainArgs(out));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("model").contains(out.toAbsolutePath().toString())
                .containsPattern("test neg ELBO +\\d+\\.\\d\\d = ");
    }
}
