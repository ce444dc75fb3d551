package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.fault.Explained;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A generated dataset written, then read back by Open dataset's loader. */
class GeneratedDatasetTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackWithItsLabels() throws Exception {
        ImageSet synthetic = images(30, 5, 4, 1);
        ImageSet test = images(12, 5, 4, 2);
        Path out = dir.resolve("generated");

        GeneratedDataset.prepare(out, false);
        GeneratedDataset.write(out, synthetic, test, ClassNames.FASHION);
        Dataset read = DatasetLoader.load(out);

        assertThat(read.train().count()).isEqualTo(30);
        assertThat(read.train().pixels()).containsExactly(synthetic.pixels());
        assertThat(read.train().labels()).containsExactly(synthetic.labels());
        assertThat(read.test().pixels()).containsExactly(test.pixels());
        assertThat(read.test().labels()).containsExactly(test.labels());
        assertThat(out.resolve(GeneratedDataset.CONTACT_SHEET)).isRegularFile();
        // Its source's classes, which its folder's name ("generated") would not tell.
        assertThat(read.classNames()).isEqualTo(ClassNames.FASHION);
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }

    /** One row per class present (three here), {@link GeneratedDataset#SHEET_COLUMNS} images at most across. */
    @Test
    void theContactSheetHasARowPerClass() throws Exception {
        ImageSet set = images(60, 5, 4, 3); // labels cycle 0, 1, 2: 20 of each
        GeneratedDataset.write(dir, set, set, ClassNames.NUMBERED);

        BufferedImage sheet = ImageIO.read(dir.resolve(GeneratedDataset.CONTACT_SHEET).toFile());

        int gap = 2 * GeneratedDataset.SCALE;
        assertThat(sheet.getHeight()).isEqualTo(gap + 3 * (5 * GeneratedDataset.SCALE + gap));
        assertThat(sheet.getWidth()).isEqualTo(gap + GeneratedDataset.SHEET_COLUMNS * (4 * GeneratedDataset.SCALE + gap));
    }

    @Test
    void anExistingDatasetIsNamedAndKeptUnlessReplaced() throws Exception {
        Path old = Files.writeString(dir.resolve(DatasetLoader.TRAIN_IMAGES), "keep me");

        assertThatThrownBy(() -> GeneratedDataset.prepare(dir, false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(DatasetLoader.TRAIN_IMAGES).hasMessageContaining("--force");
        assertThat(old).hasContent("keep me");

        GeneratedDataset.prepare(dir, true);
        assertThat(old).hasContent("keep me"); // until the new dataset is written

        GeneratedDataset.write(dir, images(20, 5, 4, 2), images(10, 5, 4, 2), ClassNames.DIGITS);
        assertThat(old).doesNotExist();
        assertThat(DatasetLoader.load(dir).train().count()).isEqualTo(20);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> GeneratedDataset.prepare(file, true))
                .hasMessageContaining(file.toString()).hasMessageContaining("not a folder");
    }

    @Test
    void anExistingDatasetAndAFileInPlaceOfTheFolderAreNamedInChinese() throws Exception {
        Files.writeString(dir.resolve(DatasetLoader.TRAIN_IMAGES), "keep me");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> GeneratedDataset.prepare(dir, false))
                .satisfies(e -> assertThat(chinese(e)).isEqualTo(dir.toAbsolutePath() + " 中已有 "
                        + DatasetLoader.TRAIN_IMAGES + "；请选择一个空文件夹，或替换这些文件（--force）"));
        assertThatThrownBy(() -> GeneratedDataset.prepare(file, true))
                .satisfies(e -> assertThat(chinese(e)).isEqualTo(file.toAbsolutePath() + " 是文件，不是文件夹"));
    }

    private static String chinese(Throwable e) {
        return ((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE);
    }

    /** {@code count} images with labels cycling 0..classes-1 and distinct pixels. */
    static ImageSet images(int count, int rows, int cols, int classes) {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31 + 5);
        }
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % classes);
        }
        return new ImageSet(count, rows, cols, pixels, labels);
    }
}
