package org.vaeexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small synthetic IDX files for tests; a name ending in ".gz" is gzipped. */
public final class IdxFiles {

    private IdxFiles() {
    }

    /** Writes a magic number, the given header ints and the payload bytes as they are. */
    static Path write(Path file, int magic, int[] header, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) { // big-endian, as IDX wants
            out.writeInt(magic);
            for (int value : header) {
                out.writeInt(value);
            }
            out.write(payload);
        }
        return writeBytes(file, bytes.toByteArray());
    }

    static Path writeImages(Path file, int count, int rows, int cols, byte[] pixels) throws IOException {
        return write(file, IdxReader.IMAGE_MAGIC, new int[] {count, rows, cols}, pixels);
    }

    static Path writeLabels(Path file, byte[] labels) throws IOException {
        return write(file, IdxReader.LABEL_MAGIC, new int[] {labels.length}, labels);
    }

    /** Gzips the bytes if the name ends in ".gz", otherwise writes them raw. */
    public static Path writeBytes(Path file, byte[] content) throws IOException {
        try (OutputStream out = file.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** Distinct, deterministic pixel values covering 0..255. */
    static byte[] pixels(int count, int rows, int cols) {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 37 + 11);
        }
        return pixels;
    }

    static byte[] labels(int count) {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) ((i * 7 + 3) % 10);
        }
        return labels;
    }

    /** Writes the four standard files of a valid dataset into {@code dir}. */
    public static void writeDataset(Path dir, int trainCount, int testCount, int rows, int cols, boolean gz)
            throws IOException {
        String ext = gz ? ".gz" : "";
        writeImages(dir.resolve(DatasetLoader.TRAIN_IMAGES + ext), trainCount, rows, cols,
                pixels(trainCount, rows, cols));
        writeLabels(dir.resolve(DatasetLoader.TRAIN_LABELS + ext), labels(trainCount));
        writeImages(dir.resolve(DatasetLoader.TEST_IMAGES + ext), testCount, rows, cols,
                pixels(testCount, rows, cols));
        writeLabels(dir.resolve(DatasetLoader.TEST_LABELS + ext), labels(testCount));
    }
}
