package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkpoint records what it trains on: {@code train --resume} continues on that data (without --data),
 * refuses other data, keeps the run's checkpoint interval, and says so when nothing is left to train.
 */
class ResumeDataTest {

    /** MNIST's image size, so that the bundled MNIST would fit the model too. */
    private static final int SIDE = 28;
    private static final int EPOCHS = 2;

    @TempDir
    Path dir;

    private static VaeConfig config() {
        return VaeConfig.defaults().withImageSize(SIDE, SIDE).withHiddenSizes(List.of(8))
                .withTraining(VaeConfig.DEFAULT_LEARNING_RATE, 16, EPOCHS).withSeed(3);
    }

    /** The same run as {@link #config()} on the command line. */
    private static String[] trainArgs(Path data, Path out) {
        return new String[] {"train", "--data", data.toString(), "--hidden", "8", "--epochs", Integer.toString(EPOCHS),
            "--batch", "16", "--seed", "3", "--out", out.toString()};
    }

    /**
     * The checkpoint a run on {@code data} saves where {@code at} first holds, checkpointing after every
     * minibatch, as a run killed just after it would leave it.
     */
    private static Path checkpointOf(Path data, Path out, Predicate<ModelFile> at) throws Exception {
        AtomicReference<ModelFile> taken = new AtomicReference<>();
        AtomicReference<Trainer> trainer = new AtomicReference<>();
        trainer.set(new Trainer(DatasetLoader.load(data), config(), null, new TrainingListener() {
            @Override
            public void onCheckpoint(ModelFile checkpoint) {
                if (taken.get() == null && at.test(checkpoint)) {
                    taken.set(checkpoint);
                    trainer.get().stop();
                }
            }
        }, Duration.ZERO));
        trainer.get().start();
        trainer.get().await();
        Path checkpoint = TrainCommand.checkpointFile(out);
        ModelStore.save(checkpoint, taken.get());
        return checkpoint;
    }

    @Test
    void aResumedRunContinuesOnItsOwnDataWithItsOwnCheckpointIntervalAndEndsAsTheUninterruptedOne() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), SIDE, 64);
        Path out = dir.resolve("m.zip");
        checkpointOf(data, out, c -> c.position().epoch() == 0 && c.position().batch() == 2);

        CliRun resumed = CliRun.of("train", "--resume", out.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(data.toString());
        // The run was checkpointed after every minibatch, and goes on so without --checkpoint-seconds.
        assertThat(resumed.err()).contains("checkpoint saved at epoch 1, minibatch 3: ")
                .contains("checkpoint saved at epoch 2, minibatch 1: ");
        Path reference = dir.resolve("uninterrupted.zip");
        CliRun straight = CliRun.of(trainArgs(data, reference));
        assertThat(straight.exitCode()).as(straight.err()).isZero();
        assertThat(ModelStore.load(out).params()).isEqualTo(ModelStore.load(reference).params());
    }

    @Test
    void aCheckpointIsNotContinuedOnOtherDataOfTheSameShape() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), SIDE, 64);
        Path other = Files.createDirectories(dir.resolve("other"));
        for (String name : List.of(DatasetLoader.TRAIN_IMAGES, DatasetLoader.TRAIN_LABELS, DatasetLoader.TEST_IMAGES,
                DatasetLoader.TEST_LABELS)) {
            Files.copy(data.resolve(name), other.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        byte[] pixels = Files.readAllBytes(other.resolve(DatasetLoader.TRAIN_IMAGES));
        pixels[pixels.length - 1] ^= 0x55; // one pixel of the last training image differs
        Files.write(other.resolve(DatasetLoader.TRAIN_IMAGES), pixels);
        Path out = dir.resolve("m.zip");
        Path checkpoint = checkpointOf(data, out, c -> c.position().batch() == 2);
        byte[] before = Files.readAllBytes(checkpoint);

        CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--data", other.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(resumed.errLines()).filteredOn(l -> l.startsWith("vae-explorer: ")).singleElement().asString()
                .contains(checkpoint.toString(), "trained on " + data, "leave out --data");
        assertThat(out).doesNotExist();
        assertThat(Files.readAllBytes(checkpoint)).as("the checkpoint is kept as it was").isEqualTo(before);
    }

    @Test
    void resumingARunWhoseEpochsAreAllTrainedSaysSoAndSavesIt() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), SIDE, 64);
        Path out = dir.resolve("m.zip");
        // The checkpoint at the end of the last epoch: the run was killed before it saved its model.
        checkpointOf(data, out, c -> c.position().epoch() == EPOCHS);

        CliRun resumed = CliRun.of("train", "--resume", out.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming " + out + ": all 2 epochs were trained before it stopped; saving the model")
                .doesNotContain("epoch 3");
        assertThat(ModelStore.load(out).history().epochCount()).isEqualTo(EPOCHS);
    }
}
