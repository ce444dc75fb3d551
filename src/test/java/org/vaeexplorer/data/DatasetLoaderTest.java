package org.vaeexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaeexplorer.fault.Explained;

class DatasetLoaderTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void loadsDatasetOfAnyImageSize(boolean gz) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("tiny"));
        IdxFiles.writeDataset(dir, 12, 4, 5, 7, gz);

        Dataset dataset = DatasetLoader.load(dir);

        assertThat(dataset.name()).isEqualTo("tiny");
        assertThat(dataset.rows()).isEqualTo(5);
        assertThat(dataset.cols()).isEqualTo(7);
        assertThat(dataset.pixelsPerImage()).isEqualTo(35);
        assertThat(dataset.train().count()).isEqualTo(12);
        assertThat(dataset.test().count()).isEqualTo(4);
        assertThat(dataset.train().pixels()).isEqualTo(IdxFiles.pixels(12, 5, 7));
        assertThat(dataset.train().labels()).isEqualTo(IdxFiles.labels(12));
        assertThat(dataset.test().pixels()).isEqualTo(IdxFiles.pixels(4, 5, 7));
        assertThat(dataset.test().labels()).isEqualTo(IdxFiles.labels(4));
    }

    @Test
    void aFolderNamesItsClassesInItsClassesFile() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("letters"));
        IdxFiles.writeDataset(dir, 12, 4, 5, 7, true);
        assertThat(DatasetLoader.load(dir).classNames()).isEqualTo(ClassNames.NUMBERED); // nothing says otherwise

        Files.writeString(dir.resolve(ClassNames.FILE), "# label 0 first\nA\nB\n\n C \nD\nE\nF\nG\nH\nI\nJ\n");
        ClassNames named = DatasetLoader.load(dir).classNames();

        assertThat(named.names()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
        assertThat(named.digits()).isFalse();
    }

    /** Digits or Fashion-MNIST's garments, however the folder is called, and read back as written. */
    @Test
    void knownClassesWrittenToAFolderAreReadBackAsThemselves() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 2, 2, true);
        for (ClassNames known : new ClassNames[] {ClassNames.DIGITS, ClassNames.FASHION, ClassNames.NUMBERED}) {
            known.write(tmp);
            assertThat(DatasetLoader.load(tmp).classNames()).isSameAs(known);
        }
    }

    @Test
    void aClassesFileWithTooFewNamesIsRefusedNamingIt() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("mnist-copy"));
        IdxFiles.writeDataset(dir, 3, 2, 2, 2, true);
        Files.writeString(dir.resolve(ClassNames.FILE), "zero\none\ntwo\n");

        assertThatThrownBy(() -> DatasetLoader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(ClassNames.FILE).hasMessageContaining("names 3 classes")
                .hasMessageContaining("exactly 10")
                .satisfies(e -> assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                        .contains(ClassNames.FILE).contains("3 个类别名称"));
    }

    @Test
    void prefersGzipWhenBothVersionsExist() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 2, 2, true);
        Files.write(tmp.resolve(DatasetLoader.TRAIN_IMAGES), new byte[] {1, 2, 3}); // broken raw copy

        assertThat(DatasetLoader.load(tmp).train().count()).isEqualTo(3);
    }

    @Test
    void reportsCountMismatchNamingBothFiles() throws IOException {
        IdxFiles.writeDataset(tmp, 6, 2, 3, 3, true);
        IdxFiles.writeLabels(tmp.resolve(DatasetLoader.TRAIN_LABELS + ".gz"), IdxFiles.labels(5));

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("6 images in train-images-idx3-ubyte.gz but 5 labels in"
                        + " train-labels-idx1-ubyte.gz");
    }

    @Test
    void reportsTrainTestSizeMismatch() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 28, 28, true);
        IdxFiles.writeImages(tmp.resolve(DatasetLoader.TEST_IMAGES + ".gz"), 2, 32, 32,
                IdxFiles.pixels(2, 32, 32));

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("image size 28x28 in training set (train-images-idx3-ubyte.gz)"
                        + " but 32x32 in test set (t10k-images-idx3-ubyte.gz)");
    }

    @Test
    void reportsLabelOutOfRangeNamingTheFile() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 2, 2, false);
        IdxFiles.writeLabels(tmp.resolve(DatasetLoader.TEST_LABELS), new byte[] {1, 10});

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("t10k-labels-idx1-ubyte: label 10 at index 1 is out of range 0..9");
    }

    @Test
    void reportsBrokenFileByName() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 2, 2, true);
        IdxFiles.writeImages(tmp.resolve(DatasetLoader.TEST_IMAGES + ".gz"), 0, 2, 2, new byte[0]);

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("t10k-images-idx3-ubyte.gz: holds zero images");
    }

    @Test
    void reportsMissingFolder() {
        Path missing = tmp.resolve("no-such-dir");

        assertThatThrownBy(() -> DatasetLoader.load(missing))
                .isInstanceOf(DatasetException.class)
                .hasMessage("no such folder: " + missing.toAbsolutePath());
    }

    @Test
    void reportsFileGivenInsteadOfFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> DatasetLoader.load(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("notes.txt is not a folder");
    }

    @Test
    void reportsMissingFile() throws IOException {
        IdxFiles.writeDataset(tmp, 3, 2, 2, 2, true);
        Files.delete(tmp.resolve(DatasetLoader.TRAIN_LABELS + ".gz"));

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .isInstanceOf(DatasetException.class)
                .hasMessage(tmp.toAbsolutePath() + ": missing train-labels-idx1-ubyte(.gz)");
    }

    /** An installed app reads its own copy, whatever folder it was started from. */
    @Test
    void findsBundledMnistWhereTheAppIsBeforeTheWorkingDirectory() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work/assets/mnist")).getParent().getParent();
        Path app = Files.createDirectories(tmp.resolve("opt/vae-explorer/lib/app/assets/mnist")).getParent().getParent();

        assertThat(DatasetLoader.bundledMnistDir(work, app.resolve("vae-explorer.jar")))
                .isEqualTo(app.resolve("assets/mnist"));
    }

    @Test
    void findsBundledMnistInTheWorkingDirectoryLast() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work/assets/mnist")).getParent().getParent();

        assertThat(DatasetLoader.bundledMnistDir(work, tmp.resolve("copied/vae-explorer.jar")))
                .isEqualTo(work.resolve("assets/mnist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"target/classes", "target/vae-explorer.jar"})
    void findsBundledMnistAboveClassesOrJar(String codeLocation) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/assets/mnist")).getParent().getParent();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        assertThat(DatasetLoader.bundledMnistDir(elsewhere, project.resolve(codeLocation)))
                .isEqualTo(project.resolve("assets/mnist"));
    }

    @Test
    void reportsBundledMnistNotFound() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        assertThatThrownBy(() -> DatasetLoader.bundledMnistDir(elsewhere, tmp.resolve("x/target/classes")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("bundled MNIST not found")
                .hasMessageContaining(elsewhere.resolve("assets/mnist").toString());
    }

    @Test
    void aMissingFolderIsNamedInChinese() {
        Path missing = tmp.resolve("no-such-dir");

        assertThatThrownBy(() -> DatasetLoader.load(missing))
                .isInstanceOf(Explained.class)
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("没有这个文件夹：" + missing.toAbsolutePath()));
    }

    @Test
    void countsThatDisagreeAreNamedInChinese() throws IOException {
        IdxFiles.writeDataset(tmp, 6, 2, 3, 3, true);
        IdxFiles.writeLabels(tmp.resolve(DatasetLoader.TRAIN_LABELS + ".gz"), IdxFiles.labels(5));

        assertThatThrownBy(() -> DatasetLoader.load(tmp))
                .satisfies(e -> assertThat(chinese(e)).contains(tmp.toAbsolutePath().toString())
                        .contains("6 张图像").contains("5 个标签").contains("train-labels-idx1-ubyte.gz"));
    }

    /** Headers announcing more pixels than any heap holds: refused before reading, in the window's language. */
    @Test
    void aDatasetLargerThanTheHeapIsRefusedInChinese() {
        IdxReader.ImageShape huge = new IdxReader.ImageShape(Integer.MAX_VALUE, 28, 28);
        DatasetLoader.Shape shape = new DatasetLoader.Shape(huge, new IdxReader.ImageShape(10, 28, 28));

        assertThatThrownBy(() -> DatasetLoader.checkFitsInMemory(tmp, shape, Runtime.getRuntime()))
                .hasMessageContaining(Integer.MAX_VALUE + " training and 10 test images of 28x28 need about ")
                .satisfies(e -> assertThat(chinese(e)).startsWith(tmp.toAbsolutePath() + "：")
                        .contains(Integer.MAX_VALUE + " 张训练图像").contains("MB 内存").contains("-Xmx4g"));
    }

    private static String chinese(Throwable e) {
        return ((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE);
    }
}
