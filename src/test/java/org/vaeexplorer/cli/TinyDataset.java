package org.vaeexplorer.cli;

import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxReader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.testing.SyntheticImages;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small learnable dataset as the four raw IDX files DatasetLoader reads. */
final class TinyDataset {

    static final int TRAIN = 64;
    static final int TEST = 32;
    static final int SIDE = 6;

    private TinyDataset() {
    }

    /** 64 training and 32 test images of 6x6 in {@code dir}; returns {@code dir}. */
    static Path write(Path dir) throws IOException {
        return write(dir, SIDE);
    }

    static Path write(Path dir, int side) throws IOException {
        return write(dir, side, TRAIN);
    }

    /** {@code trainCount} training and 32 test images of side x side. */
    static Path write(Path dir, int side, int trainCount) throws IOException {
        Files.createDirectories(dir);
        writeSet(dir, DatasetLoader.TRAIN_IMAGES, DatasetLoader.TRAIN_LABELS, SyntheticImages.images(trainCount, side, side, 1));
        writeSet(dir, DatasetLoader.TEST_IMAGES, DatasetLoader.TEST_LABELS, SyntheticImages.images(TEST, side, side, 2));
        return dir;
    }

    /** Replaces the training files in {@code dir} with {@code set}. */
    static void writeTrain(Path dir, ImageSet set) throws IOException {
        writeSet(dir, DatasetLoader.TRAIN_IMAGES, DatasetLoader.TRAIN_LABELS, set);
    }

    private static void writeSet(Path dir, String imageFile, String labelFile, ImageSet set) throws IOException {
        Files.write(dir.resolve(imageFile),
                idx(IdxReader.IMAGE_MAGIC, new int[] {set.count(), set.rows(), set.cols()}, set.pixels()));
        Files.write(dir.resolve(labelFile), idx(IdxReader.LABEL_MAGIC, new int[] {set.count()}, set.labels()));
    }

    /** IDX layout: big-endian magic, big-endian header ints, then the payload bytes. */
    static byte[] idx(int magic, int[] header, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int value : header) {
                out.writeInt(value);
            }
            out.write(payload);
        }
        return bytes.toByteArray();
    }
}
