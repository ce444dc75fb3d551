package org.vaeexplorer.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files as {@link IdxReader} reads them (big-endian header ints, then the unsigned bytes), gzipped
 * when the name ends in ".gz". Each file is written beside its target under a temporary name and moved into
 * place, so a failed write never leaves a half-written file under the real name.
 */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** The images and the labels of {@code set} as an image file and a label file. */
    public static void write(ImageSet set, Path imageFile, Path labelFile) throws IOException {
        writeImages(imageFile, set.count(), set.rows(), set.cols(), set.pixels());
        writeLabels(labelFile, set.labels());
    }

    public static void writeImages(Path file, int count, int rows, int cols, byte[] pixels) throws IOException {
        write(file, IdxReader.IMAGE_MAGIC, new int[] {count, rows, cols}, pixels);
    }

    public static void writeLabels(Path file, byte[] labels) throws IOException {
        write(file, IdxReader.LABEL_MAGIC, new int[] {labels.length}, labels);
    }

    private static void write(Path file, int magic, int[] header, byte[] payload) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial));
                 DataOutputStream out = new DataOutputStream(gzipped(file) ? new GZIPOutputStream(raw) : raw)) {
                out.writeInt(magic);
                for (int value : header) {
                    out.writeInt(value);
                }
                out.write(payload);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
