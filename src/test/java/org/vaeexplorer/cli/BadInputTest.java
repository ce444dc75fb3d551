package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every mistake the user can make ends in exit code 2 and one line on stderr naming the culprit. */
class BadInputTest {

    @TempDir
    Path dir;

    private CliRun train(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--hidden", "8",
                "--batch", "16", "--out", dir.resolve("m.vae").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertOneLine(CliRun run, String... mentions) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: ").contains(mentions);
    }

    @Test
    void missingDataFolder() {
        assertOneLine(train(dir.resolve("nowhere")), "nowhere");
    }

    @Test
    void corruptIdxFile() throws Exception {
        Path data = TinyDataset.write(dir.resolve("tiny"));
        Files.write(data.resolve(DatasetLoader.TEST_IMAGES), new byte[] {0, 0, 8, 3, 0, 0});

        assertOneLine(train(data), DatasetLoader.TEST_IMAGES, "truncated");
    }

    @Test
    void modelThatIsNotAZip() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("notes.txt"), "not a model");

        assertOneLine(CliRun.of("evaluate", notAModel.toString()), "notes.txt", "not a zip");
    }

    @Test
    void missingModelFile() {
        assertOneLine(CliRun.of("evaluate", dir.resolve("gone.vae").toString()), "gone.vae", "no such file");
    }

    @Test
    void outputThatIsNotAModelIsNotOverwritten() throws Exception {
        Path data = TinyDataset.write(dir.resolve("tiny"));
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");

        CliRun run = CliRun.of("train", "--data", data.toString(), "--out", precious.toString());

        assertOneLine(run, "precious.txt", "refusing to overwrite");
        assertThat(precious).hasContent("keep me");
    }

    /** A path ending in a slash names a folder: refused, rather than writing a file called "models". */
    @Test
    void anOutputEndingInASlashIsRefused() throws Exception {
        Path data = TinyDataset.write(dir.resolve("tiny"));
        String folder = dir.resolve("models") + "/";

        CliRun run = CliRun.of("train", "--data", data.toString(), "--out", folder);

        assertOneLine(run, "--out", "'" + folder + "' names a folder", folder + "model.zip");
        assertThat(dir.resolve("models")).doesNotExist();
    }

    @Test
    void latentZero() throws Exception {
        assertOneLine(train(TinyDataset.write(dir.resolve("tiny")), "--latent", "0"), "latent size", "got 0");
    }

    @Test
    void learningRateNaN() throws Exception {
        assertOneLine(train(TinyDataset.write(dir.resolve("tiny")), "--lr", "NaN"), "learning rate", "NaN");
    }

    @Test
    void negativeEpochs() throws Exception {
        assertOneLine(train(TinyDataset.write(dir.resolve("tiny")), "--epochs", "-1"), "epochs", "-1");
    }

    @Test
    void hyperparametersAreCheckedBeforeTheDataIsLoaded() {
        assertOneLine(train(dir.resolve("nowhere"), "--latent", "0"), "latent size");
    }

    @Test
    void unknownOption() {
        assertOneLine(CliRun.of("train", "--latnet", "3", "--out", "x.vae"), "--latnet", "vae-explorer train --help");
    }

    @Test
    void notANumber() {
        assertOneLine(CliRun.of("train", "--latent", "two", "--out", "x.vae"), "--latent", "two");
    }

    @Test
    void missingOut() {
        assertOneLine(CliRun.of("train"), "--out");
    }

    @Test
    void unknownCommand() {
        assertOneLine(CliRun.of("tran"), "tran", "did you mean train");
    }

    @Test
    void benchUiWithoutAUi() {
        assertOneLine(CliRun.of("bench", "--ui"), "the UI benchmark is not available");
    }
}
