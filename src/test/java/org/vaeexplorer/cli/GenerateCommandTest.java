package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** generate: the dataset it writes opens as a dataset, and the inputs it refuses are named. */
class GenerateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHIPPED_MODEL = "models/mnist-latent20.zip";

    @TempDir
    Path dir;

    @Test
    void writesADatasetOpenDatasetReadsAndReportsAgreement() throws Exception {
        Path out = dir.resolve("synthetic");

        CliRun run = CliRun.of("generate", SHIPPED_MODEL, "--per-class", "20", "--out", out.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("images").asInt()).isEqualTo(200);
        assertThat(r.get("agreement").asDouble()).isGreaterThan(0.5);
        assertThat(r.get("agreement_per_class")).hasSize(10);
        Dataset read = DatasetLoader.load(out);
        assertThat(read.train().count()).isEqualTo(200);
        assertThat(read.train().label(0)).isZero();
        assertThat(read.train().label(199)).isEqualTo(9);
        assertThat(read.test().count()).isEqualTo(DatasetLoader.loadBundledMnist().test().count());
        assertThat(out.resolve("contact-sheet.png")).isRegularFile();
    }

    @Test
    void aBadCountIsNamed() {
        CliRun run = CliRun.of("generate", SHIPPED_MODEL, "--per-class", "0", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--per-class").contains("got 0");
    }

    @Test
    void anExistingDatasetIsNotOverwrittenWithoutForce() throws Exception {
        Path old = Files.writeString(dir.resolve(DatasetLoader.TRAIN_LABELS + ".gz"), "earlier work");

        CliRun run = CliRun.of("generate", SHIPPED_MODEL, "--per-class", "5", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains(DatasetLoader.TRAIN_LABELS + ".gz").contains("--force");
        assertThat(old).hasContent("earlier work");
    }

    @Test
    void aFileGivenAsTheFolderIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("out.txt"), "x");

        CliRun run = CliRun.of("generate", SHIPPED_MODEL, "--per-class", "5", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(file.toString()).contains("not a folder");
    }
}
