package org.vaeexplorer.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SyntheticImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A classifier for a dataset other than the shipped one's: trained once with progress, kept, then read back. */
class KeptClassifiersTest {

    @TempDir
    Path dir;

    @Test
    void aClassifierIsTrainedForANewDatasetKeptUnderItsFingerprintAndReadBackNextTime() throws Exception {
        Dataset data = SyntheticImages.dataset(128, 40, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
        KeptClassifiers kept = new KeptClassifiers(dir.resolve("none.zip"), dir.resolve("classifiers"));
        List<int[]> progress = new ArrayList<>();

        DigitClassifier first = kept.classifierFor(data, (done, total) -> progress.add(new int[] {done, total}));

        int batches = (128 + KeptClassifiers.BATCH - 1) / KeptClassifiers.BATCH * KeptClassifiers.EPOCHS;
        assertThat(progress).hasSize(batches);
        assertThat(progress.get(progress.size() - 1)).containsExactly(batches, batches);
        Path file = kept.fileFor(DatasetFingerprint.of(data));
        assertThat(file).isRegularFile().hasParent(dir.resolve("classifiers"));

        progress.clear();
        DigitClassifier again = kept.classifierFor(data, (done, total) -> progress.add(new int[] {done, total}));

        assertThat(progress).as("read back, not trained again").isEmpty();
        float[][] p1 = first.judge(data.test()).classProbabilities();
        float[][] p2 = again.judge(data.test()).classProbabilities();
        assertThat(p2).isDeepEqualTo(p1);
    }

    @Test
    void anotherDatasetGetsAClassifierOfItsOwn() throws Exception {
        Dataset a = SyntheticImages.dataset(64, 20, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
        Dataset b = SyntheticImages.dataset(96, 20, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
        KeptClassifiers kept = new KeptClassifiers(dir.resolve("none.zip"), dir);

        kept.classifierFor(a, Progress.NONE);
        kept.classifierFor(b, Progress.NONE);

        assertThat(kept.fileFor(DatasetFingerprint.of(a))).isNotEqualTo(kept.fileFor(DatasetFingerprint.of(b)));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("classifier-"))).hasSize(2);
        }
    }

    /** The bundled MNIST is the shipped classifier's: without that file there is nothing to train, only to say. */
    @Test
    void theShippedDataWithoutTheShippedClassifierNamesTheFileInChinese() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        Path shipped = dir.resolve("models/mnist-classifier.zip");
        KeptClassifiers kept = new KeptClassifiers(shipped, dir.resolve("classifiers"));

        assertThatThrownBy(() -> kept.classifierFor(mnist, Progress.NONE))
                .hasMessage("no digit classifier at " + shipped.toAbsolutePath()
                        + " (make it with: vae-explorer train-classifier --out " + shipped + ")")
                .satisfies(e -> assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                        .startsWith(shipped.toAbsolutePath() + " 处没有数字分类器")
                        .contains("train-classifier --out " + shipped));
    }
}
