package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.Continuation;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code train --continue}: a finished model trained on for more epochs, as the window's Train does. */
class ContinueTest {

    @TempDir
    Path dir;

    @Test
    void aModelContinuedForOneMoreEpochKeepsItsFirstAndTrainsASecond() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path one = dir.resolve("one.zip");
        Path continued = dir.resolve("continued.zip");
        Path two = dir.resolve("two.zip");
        train(data, "1", one);
        train(data, "2", two);

        CliRun run = CliRun.of("train", "--continue", one.toString(), "--epochs", "2", "--out", continued.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("continuing " + one + " from epoch 1 to 2");
        ModelFile before = ModelStore.load(one);
        ModelFile after = ModelStore.load(continued);
        assertThat(after.config()).as("a run of two epochs, as if asked for at first").isEqualTo(ModelStore.load(two).config());
        assertThat(after.history().epochCount()).isEqualTo(2);
        assertThat(after.history().epochs().get(0)).as("its first epoch, kept").isEqualTo(before.history().epochs().get(0));
        assertThat(after.params().toFloatVector()).as("the weights trained on").isNotEqualTo(before.params().toFloatVector());
        assertThat(after.optimizerState().toFloatVector()).isNotEqualTo(before.optimizerState().toFloatVector());
        assertThat(ModelStore.load(one).history().epochCount()).as("the model continued is left as it was").isEqualTo(1);
    }

    @Test
    void aContinuedModelKeepsItsHyperparametersAndNeedsMoreEpochs() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path one = dir.resolve("one.zip");
        train(data, "1", one);
        String out = dir.resolve("out.zip").toString();

        assertThat(refusal("train", "--continue", one.toString(), "--epochs", "3", "--lr", "0.1", "--latent", "4",
                "--batch", "8", "--out", out))
                .contains("--continue trains a model on with its own hyperparameters, apart from --epochs and --lr; drop"
                        + " --latent, --batch");
        assertThat(refusal("train", "--continue", one.toString(), "--epochs", "3", "--lr", "-0.1", "--out", out))
                .contains("-0.1");
        assertThat(refusal("train", "--continue", one.toString(), "--out", out)).contains("--continue needs --epochs E");
        assertThat(refusal("train", "--continue", one.toString(), "--epochs", "1", "--out", out))
                .contains(one + ": has trained 1 epoch already; --epochs 1 asks for no more");
        assertThat(refusal("train", "--continue", one.toString(), "--resume", out))
                .contains("--resume continues an interrupted run, --continue a finished model; give one");
        assertThat(refusal("train", "--continue", dir.resolve("none.zip").toString(), "--epochs", "2", "--out", out))
                .contains("none.zip").contains("no such file");
    }

    @Test
    void aContinuedModelTrainsOnAtTheLearningRateGivenAndRecordsIt() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path one = dir.resolve("one.zip");
        train(data, "1", one);
        Path slow = dir.resolve("slow.zip");
        Path own = dir.resolve("own.zip");

        CliRun run = CliRun.of("train", "--continue", one.toString(), "--epochs", "2", "--lr", "0.0001",
                "--out", slow.toString());
        CliRun ownRate = CliRun.of("train", "--continue", one.toString(), "--epochs", "2", "--out", own.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ownRate.exitCode()).as(ownRate.err()).isZero();
        assertThat(run.err()).contains("continuing " + one + " from epoch 1 to 2 at learning rate 1.0E-4 (it trained at 0.001)");
        VaeConfig before = ModelStore.load(one).config();
        VaeConfig after = ModelStore.load(slow).config();
        assertThat(after.learningRate()).isEqualTo(1e-4);
        assertThat(after.withTraining(before.learningRate(), after.batchSize(), before.epochs()))
                .as("every other hyperparameter kept").isEqualTo(before);
        assertThat(ModelStore.load(slow).history().epochs()).extracting(EpochRecord::learningRate)
                .as("each epoch's rate, kept in the file").containsExactly(1e-3, 1e-4);
        assertThat(Continuation.nextRun(ModelStore.load(slow)).learningRate())
                .as("a new run after the finished model starts at the rate its first epoch trained at").isEqualTo(1e-3);
        float[] start = ModelStore.load(one).params().toFloatVector();
        assertThat(distance(ModelStore.load(slow).params().toFloatVector(), start))
                .as("a tenth of the step moves the weights less in the same epoch")
                .isLessThan(distance(ModelStore.load(own).params().toFloatVector(), start) / 3);
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    private static void train(Path data, String epochs, Path out) {
        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--latent", "2", "--epochs", epochs,
                "--batch", "16", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String refusal(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        return run.err();
    }
}
