package org.vaeexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaeexplorer.fault.Explained;

class IdxReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"images.gz", "images"})
    void readsImagesOfAnySizeGzippedOrRaw(String name) throws IOException {
        byte[] pixels = IdxFiles.pixels(4, 5, 7);
        Path file = IdxFiles.writeImages(dir.resolve(name), 4, 5, 7, pixels);

        IdxReader.Images images = IdxReader.readImages(file);

        assertThat(images.count()).isEqualTo(4);
        assertThat(images.rows()).isEqualTo(5);
        assertThat(images.cols()).isEqualTo(7);
        assertThat(images.pixels()).isEqualTo(pixels);
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels.gz", "labels"})
    void readsLabelsGzippedOrRaw(String name) throws IOException {
        byte[] labels = IdxFiles.labels(23);
        Path file = IdxFiles.writeLabels(dir.resolve(name), labels);

        assertThat(IdxReader.readLabels(file)).isEqualTo(labels);
    }

    @Test
    void readsMoreThanOneChunkOfPixels() throws IOException {
        // 3 MB crosses the 1 MB growth steps of the payload buffer.
        byte[] pixels = IdxFiles.pixels(3000, 32, 32);
        Path file = IdxFiles.writeImages(dir.resolve("big.gz"), 3000, 32, 32, pixels);

        assertThat(IdxReader.readImages(file).pixels()).isEqualTo(pixels);
    }

    @Test
    void rejectsLabelFileReadAsImages() throws IOException {
        Path file = IdxFiles.writeLabels(dir.resolve("train-images-idx3-ubyte"), IdxFiles.labels(5));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("train-images-idx3-ubyte: wrong magic number 0x00000801,"
                        + " expected 0x00000803 (an IDX image file)");
    }

    @Test
    void rejectsImageFileReadAsLabels() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("labels.gz"), 1, 2, 2, new byte[4]);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels.gz: wrong magic number 0x00000803, expected 0x00000801");
    }

    @Test
    void rejectsTruncatedImages() throws IOException {
        Path file = IdxFiles.write(dir.resolve("images.gz"), IdxReader.IMAGE_MAGIC,
                new int[] {10, 5, 7}, new byte[100]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images.gz: truncated: header says 10 images of 5x7 (350 bytes)"
                        + " but the file holds only 100 bytes");
    }

    @Test
    void rejectsTruncatedLabels() throws IOException {
        Path file = IdxFiles.write(dir.resolve("labels"), IdxReader.LABEL_MAGIC,
                new int[] {60000}, new byte[59999]);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels: truncated: header says 60000 labels")
                .hasMessageContaining("only 59999 bytes");
    }

    @Test
    void rejectsFileEndingInsideHeader() throws IOException {
        Path file = IdxFiles.writeBytes(dir.resolve("images.gz"), new byte[] {0, 0, 8, 3, 0, 0});

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images.gz: truncated");
    }

    @Test
    void rejectsDataAfterAnnouncedImages() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("images"), 2, 2, 2, new byte[9]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images: unexpected data after the 2 images");
    }

    @Test
    void rejectsZeroImages() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("empty.gz"), 0, 28, 28, new byte[0]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("empty.gz: holds zero images");
    }

    @Test
    void rejectsImplausibleImageSides() throws IOException {
        Path zero = IdxFiles.writeImages(dir.resolve("zero"), 1, 0, 28, new byte[0]);
        Path huge = IdxFiles.writeImages(dir.resolve("huge"), 1, 28, 5000, new byte[0]);

        assertThatThrownBy(() -> IdxReader.readImages(zero))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("zero: image size 0x28");
        assertThatThrownBy(() -> IdxReader.readImages(huge))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("huge: image size 28x5000");
    }

    @Test
    void rejectsHeaderClaimingMoreThanAnArrayCanHold() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("absurd.gz"), 2_000_000_000, 28, 28, new byte[10]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("absurd.gz: header says 2000000000 images of 28x28 (1568000000000 bytes)");
    }

    @Test
    void rejectsNegativeLookingCountAsAbsurd() throws IOException {
        // 0xFFFFFFFF is 4294967295 unsigned, not -1.
        Path file = IdxFiles.write(dir.resolve("labels"), IdxReader.LABEL_MAGIC, new int[] {-1}, new byte[3]);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels: header says 4294967295 labels");
    }

    @Test
    void tinyGzipClaimingNearlyTwoGigabytesFailsAsTruncatedWithoutAllocatingThem() throws IOException {
        // Just below the array limit: an eager new byte[2147483408] does not fit the test JVM's
        // 2 GB heap, so this fails with OutOfMemoryError unless the buffer grows with the data.
        int count = (int) (IdxReader.MAX_PAYLOAD / (28 * 28));
        Path file = IdxFiles.writeImages(dir.resolve("claims-2gb.gz"), count, 28, 28, new byte[1000]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("claims-2gb.gz: truncated: header says " + count + " images of 28x28 ("
                        + (long) count * 784 + " bytes) but the file holds only 1000 bytes");
    }

    @Test
    void rejectsLabelOutOfRange() throws IOException {
        byte[] labels = IdxFiles.labels(400);
        labels[345] = 12;
        Path file = IdxFiles.writeLabels(dir.resolve("t10k-labels-idx1-ubyte.gz"), labels);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("t10k-labels-idx1-ubyte.gz: label 12 at index 345 is out of range 0..9");
    }

    @Test
    void rejectsLabelAbove127AsUnsigned() throws IOException {
        byte[] labels = IdxFiles.labels(4);
        labels[2] = (byte) 200;
        Path file = IdxFiles.writeLabels(dir.resolve("labels"), labels);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels: label 200 at index 2 is out of range 0..9");
    }

    @Test
    void rejectsNonGzipFileNamedGz() throws IOException {
        // A valid raw IDX file that merely carries the wrong name.
        Path raw = IdxFiles.writeImages(dir.resolve("images"), 1, 2, 2, new byte[4]);
        Path file = Files.move(raw, dir.resolve("images.gz"));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images.gz: not a valid gzip file");
    }

    @Test
    void rejectsEmptyFileNamedGz() throws IOException {
        Path file = Files.write(dir.resolve("labels.gz"), new byte[0]);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("labels.gz: not a valid gzip file");
    }

    @Test
    void rejectsGzipWithBadChecksum() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("images.gz"), 3, 4, 4, IdxFiles.pixels(3, 4, 4));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 8] ^= 0x55; // first byte of the CRC-32 in the gzip trailer
        Files.write(file, bytes);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images.gz: corrupt gzip data");
    }

    @Test
    void rejectsCutOffGzip() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("images.gz"), 50, 8, 8, IdxFiles.pixels(50, 8, 8));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("images.gz: corrupt gzip data");
    }

    @Test
    void reportsMissingFileByName() {
        Path file = dir.resolve("nowhere.gz");

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("nowhere.gz: no such file");
    }

    @Test
    void messagesNameTheFolderToo() throws IOException {
        Path file = IdxFiles.writeImages(dir.resolve("empty"), 0, 28, 28, new byte[0]);

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .hasMessageEndingWith(" [in " + dir.toAbsolutePath() + "]");
    }

    @Test
    void aWrongMagicNumberIsNamedInChineseWithTheFileAndItsFolder() throws IOException {
        Path file = IdxFiles.writeLabels(dir.resolve("train-images-idx3-ubyte"), IdxFiles.labels(5));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("train-images-idx3-ubyte：魔数 0x00000801 不正确，"
                        + "应为 0x00000803（IDX 图像文件）（位于 " + dir.toAbsolutePath() + "）"));
    }

    @Test
    void aTruncatedFileSaysInChineseWhatItsHeaderAnnounced() throws IOException {
        Path file = IdxFiles.write(dir.resolve("labels"), IdxReader.LABEL_MAGIC, new int[] {10}, new byte[4]);

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .satisfies(e -> assertThat(chinese(e)).contains("文件被截断").contains("10 个标签").contains("4 字节"));
    }

    private static String chinese(Throwable e) {
        return ((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE);
    }
}
