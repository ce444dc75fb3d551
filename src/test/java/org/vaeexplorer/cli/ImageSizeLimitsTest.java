package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits on weights and minibatch activations are checked for the data's image size, not MNIST's. */
class ImageSizeLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aWideHiddenLayerOrALargeMinibatchFitsSmallImages() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), 8);
        Path wide = dir.resolve("wide.zip");
        Path large = dir.resolve("large.zip");

        // 64-4096-2 has 0.55 million weights; 784-4096-2 would have 6.5 million, over the limit of 5.
        CliRun hidden = CliRun.of("train", "--data", data.toString(), "--hidden", "4096", "--epochs", "1",
                "--batch", "16", "--out", wide.toString());
        // 10000 images of 8x8 through 64-400-2 are 9.3 million activations; of 28x28, 23.7 million, over 16.
        CliRun batch = CliRun.of("train", "--data", data.toString(), "--batch", "10000", "--epochs", "1",
                "--out", large.toString());

        assertThat(hidden.exitCode()).as(hidden.err()).isZero();
        assertThat(ModelStore.load(wide).config().hiddenSizes()).containsExactly(4096);
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(ModelStore.load(large).config().batchSize()).isEqualTo(10000);
    }

    @Test
    void aNetworkTooLargeForTheDataIsRefusedWithItsRealShape() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));

        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8192,8192", "--out",
                dir.resolve("m.zip").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: " + data)
                .contains("a 36-8192-8192-2 network has");
    }
}
