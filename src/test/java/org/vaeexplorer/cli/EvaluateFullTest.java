package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

/** evaluate --full: the shipped 2-D model judged by the shipped classifier, and the classifier's failures. */
class EvaluateFullTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHIPPED_MODEL = "models/mnist-latent2.zip";

    @TempDir
    Path dir;

    /** Fewer draws than the defaults (k = 100, 10,000 samples) to keep the test short; the figures' meaning is the same. */
    @Test
    void fullJsonHasEveryFigureInItsRange() throws Exception {
        CliRun run = CliRun.of("evaluate", SHIPPED_MODEL, "--full", "--json", "--iwae-samples", "8", "--prior-samples", "1000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("iwae_samples").asInt()).isEqualTo(8);
        assertThat(r.get("prior_samples").asInt()).isEqualTo(1000);
        double negElbo = r.get("test_neg_elbo").asDouble();
        double iwae = r.get("iwae_log_likelihood").asDouble();
        assertThat(-iwae).isLessThanOrEqualTo(negElbo).isGreaterThan(negElbo - 30);
        assertThat(r.get("classifier_confidence").asDouble()).isBetween(0.5, 1.0);
        JsonNode histogram = r.get("class_histogram");
        assertThat(histogram).hasSize(10);
        assertThat(StreamSupport.stream(histogram.spliterator(), false).mapToDouble(JsonNode::asDouble).sum())
                .isCloseTo(1, within(1e-9));
        assertThat(r.get("frechet_distance").asDouble()).isPositive();
        assertThat(r.get("sample_sharpness").asDouble()).isPositive()
                .isLessThan(r.get("test_sharpness").asDouble()); // decoded means are blurrier than real digits
        assertThat(r.get("active_units").asInt()).isEqualTo(2);
        JsonNode kl = r.get("kl_per_dimension");
        assertThat(kl).hasSize(2);
        assertThat(kl.get(0).asDouble() + kl.get(1).asDouble()).isCloseTo(r.get("test_kl").asDouble(), within(0.5));
        assertThat(r.get("prior_holes").asDouble()).isBetween(0.0, 0.5);
        assertThat(r.get("classifier_test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aMissingClassifierIsNamed() {
        Path missing = dir.resolve("no-such-classifier.zip");

        CliRun run = CliRun.of("evaluate", SHIPPED_MODEL, "--full", "--classifier", missing.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString()).contains("train-classifier");
    }

    @Test
    void aFileThatIsNoClassifierIsNamed() throws Exception {
        Path junk = Files.write(dir.resolve("junk.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        CliRun run = CliRun.of("evaluate", SHIPPED_MODEL, "--full", "--classifier", junk.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(junk.toString()).contains("classifier");
    }

    @Test
    void dataOfAnotherImageSizeThanTheClassifierIsSaid() throws Exception {
        Path data = TinyDataset.write(dir.resolve("tiny"));
        Path model = dir.resolve("tiny.vae");
        CliRun trained = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--latent", "2", "--epochs", "1",
                "--batch", "16", "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();

        CliRun run = CliRun.of("evaluate", model.toString(), "--data", data.toString(), "--full");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains("reads 28x28 images").contains(TinyDataset.SIDE + "x" + TinyDataset.SIDE);
    }
}
