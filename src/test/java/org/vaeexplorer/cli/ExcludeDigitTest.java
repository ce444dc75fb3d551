package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.store.TrainingHistory;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** train --exclude-digit and anomalies --auroc on 6x6 synthetic digits. */
class ExcludeDigitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static Path without3;

    @BeforeAll
    static void train() throws Exception {
        data = TinyDataset.write(dir.resolve("tiny"));
        without3 = dir.resolve("without3.zip");
        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--latent", "2", "--epochs", "2",
                "--batch", "16", "--seed", "7", "--exclude-digit", "3", "--out", without3.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("exclude_digit").asInt()).isEqualTo(3);
    }

    @Test
    void theModelFileRecordsTheDigitLeftOut() throws Exception {
        assertThat(ModelStore.load(without3).config().excludedDigit()).isEqualTo(3);
    }

    @Test
    void aurocJsonHasEachScoresAreaAndCurve() throws Exception {
        CliRun run = CliRun.of("anomalies", without3.toString(), "--data", data.toString(), "--auroc", "--samples", "4",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        ImageSet test = DatasetLoader.load(data).test();
        assertThat(result.get("digit").asInt()).isEqualTo(3);
        assertThat(result.get("excluded_digit").asInt()).isEqualTo(3);
        assertThat(result.get("anomalies").asInt()).isEqualTo(test.countOf(3));
        assertThat(result.get("images").asInt()).isEqualTo(TinyDataset.TEST);
        assertThat(result.get("draws").asInt()).isEqualTo(4);
        for (String key : List.of("reconstruction_log_probability", "neg_elbo", "importance_weighted")) {
            JsonNode score = result.get("scores").get(key);
            assertThat(score.get("auroc").asDouble()).as(key).isBetween(0.0, 1.0);
            JsonNode roc = score.get("roc");
            assertThat(roc.get(0).get(0).asDouble()).isZero();
            assertThat(roc.get(0).get(1).asDouble()).isZero();
            assertThat(roc.get(roc.size() - 1).get(0).asDouble()).isEqualTo(1.0);
            assertThat(roc.get(roc.size() - 1).get(1).asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void aurocOfAModelTrainedOnEveryDigitNeedsADigitToLookFor() throws Exception {
        Path all = dir.resolve("all.zip");
        assertThat(CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", all.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("anomalies", all.toString(), "--data", data.toString(), "--auroc");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains(all + ": trained on every digit").contains("train --exclude-digit D").contains("--digit D");

        CliRun named = CliRun.of("anomalies", all.toString(), "--data", data.toString(), "--auroc", "--digit", "5",
                "--samples", "2");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).contains("labelled 5").contains("trained on every digit").contains("AUROC");
    }

    @Test
    void aDigitOutsideTheClassesOrAbsentFromTheDataIsRefused() throws Exception {
        CliRun outside = CliRun.of("train", "--data", data.toString(), "--exclude-digit", "12", "--out",
                dir.resolve("x.zip").toString());
        assertThat(outside.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(outside.errLines()).singleElement().asString().contains("the digit left out must be 0 to 9, got 12");

        Path noSevens = dir.resolve("no7");
        TinyDataset.write(noSevens);
        ImageSet train = DatasetLoader.load(noSevens).train().without(7);
        TinyDataset.writeTrain(noSevens, train);
        CliRun absent = CliRun.of("train", "--data", noSevens.toString(), "--exclude-digit", "7", "--out",
                dir.resolve("y.zip").toString());
        assertThat(absent.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(absent.errLines()).singleElement().asString()
                .contains("--exclude-digit 7: " + noSevens.toAbsolutePath())
                .contains("has no training images of class 7 to leave out (its classes: 0, 1, 2, 3, 4, 5, 6, 8, 9)");
    }

    /** A run killed after its first epoch, resumed: the model it saves still leaves the 3s out. */
    @Test
    void aResumedRunKeepsTheDigitLeftOut() throws Exception {
        Path out = dir.resolve("resumed.zip");
        ModelFile finished = ModelStore.load(without3);
        int batchesPerEpoch = (DatasetLoader.load(data).train().without(3).count() + 15) / 16;
        TrainingHistory firstEpoch = new TrainingHistory(finished.history().epochs().subList(0, 1), List.of(), List.of());
        ModelStore.save(TrainCommand.checkpointFile(out), finished.withHistory(firstEpoch)
                .at(new RunPosition(1, 0, batchesPerEpoch, LossParts.ZERO, 0, 1, 2)));

        CliRun run = CliRun.of("train", "--resume", out.toString(), "--data", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ModelFile resumed = ModelStore.load(out);
        assertThat(resumed.config().excludedDigit()).isEqualTo(3);
        assertThat(resumed.history().epochCount()).isEqualTo(2);
    }
}
