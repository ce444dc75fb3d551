package org.vaeexplorer.testing;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tiny data and models for UI tests: 28x28 synthetic digits and a VAE with one hidden layer of 16. */
public final class TestModels {

    static final int TRAIN_IMAGES = 256;
    public static final int TEST_IMAGES = 200;

    private TestModels() {
    }

    public static Dataset tinyData() {
        return SyntheticImages.dataset(TRAIN_IMAGES, TEST_IMAGES, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
    }

    /** Hidden 16, latent {@code latent}, batch 32: an epoch of the tiny data is 8 minibatches. */
    public static VaeConfig tinyConfig(int latent, int epochs) {
        return VaeConfig.defaults().withHiddenSizes(List.of(16)).withLatentSize(latent).withTraining(1e-2, 32, epochs);
    }

    /** A tiny model trained {@code epochs} epochs on the tiny data, so it has a history and sample snapshots. */
    public static ModelFile trainedModel(Dataset data, int latent, int epochs) throws InterruptedException {
        Trainer trainer = new Trainer(data, tinyConfig(latent, epochs), null, new TrainingListener() { });
        trainer.start();
        TrainingOutcome outcome = trainer.await();
        if (outcome.model() == null) {
            throw new IllegalStateException("tiny training failed: " + outcome.message());
        }
        return outcome.model();
    }

    public static Path save(ModelFile model, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        ModelStore.save(file, model);
        return file;
    }

    public static Path corruptFile(Path dir) throws IOException {
        Path file = dir.resolve("corrupt.zip");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7});
        return file;
    }
}
