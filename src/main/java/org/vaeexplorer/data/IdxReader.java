package org.vaeexplorer.data;

import org.vaeexplorer.fault.Fault;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX image files (magic 0x00000803: count, rows, cols, then unsigned pixel bytes) and IDX
 * label files (magic 0x00000801: count, then one byte per label). All header ints are big-endian.
 * A file whose name ends in ".gz" is read through gzip, any other file as raw IDX.
 *
 * <p>The header is not trusted: absurd sizes are rejected before anything is allocated, and the
 * payload is read into a buffer that only grows as data actually arrives, so a tiny file whose
 * header claims billions of bytes fails fast as "truncated" instead of exhausting memory.
 *
 * <p>Data after the announced payload is reported as an error rather than ignored: it usually
 * means the header's count is wrong. Reading to the end also makes gzip check its CRC trailer.
 */
public final class IdxReader {

    public static final int IMAGE_MAGIC = 0x00000803;
    public static final int LABEL_MAGIC = 0x00000801;
    /** Largest accepted image side; real datasets are far smaller, bigger values mean a bad header. */
    public static final int MAX_SIDE = 4096;
    /** Largest payload: a Java byte[] cannot be longer (the JVM reserves a few header words). */
    static final long MAX_PAYLOAD = Integer.MAX_VALUE - 8;

    private static final int CHUNK = 1 << 20;
    private static final int IO_BUFFER = 1 << 16;

    /** The content of an IDX image file: {@code count * rows * cols} unsigned bytes, row-major. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        @Override
        public String toString() {
            return "Images[" + count + " of " + rows + "x" + cols + "]";
        }
    }

    private IdxReader() {
    }

    /**
     * The count and size an IDX image file's header announces, checked as {@link #readImages} checks them:
     * what the pixels will take, known before any of them is read.
     */
    public record ImageShape(int count, int rows, int cols) {

        /** Bytes of pixels: one per pixel. */
        public long bytes() {
            return (long) count * rows * cols;
        }

        @Override
        public String toString() {
            return count + " images of " + rows + "x" + cols + " (" + bytes() + " bytes)";
        }
    }

    /** Reads and checks only the header of an image file. */
    public static ImageShape readImageShape(Path file) throws DatasetException {
        try (InputStream in = open(file)) {
            return readImageShape(in, file);
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    public static Images readImages(Path file) throws DatasetException {
        try (InputStream in = open(file)) {
            ImageShape shape = readImageShape(in, file);
            byte[] pixels = readPayload(in, file, (int) shape.bytes(),
                    Fault.of("data.announcedImages", shape.count(), shape.rows(), shape.cols(), shape.bytes()), 16);
            return new Images(shape.count(), shape.rows(), shape.cols(), pixels);
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    private static ImageShape readImageShape(InputStream in, Path file) throws IOException {
        checkMagic(file, readHeader(in, file, 1)[0], IMAGE_MAGIC, Fault.of("data.idxImageFile"));
        int[] dims = readHeader(in, file, 3);
        long count = Integer.toUnsignedLong(dims[0]);
        long rows = Integer.toUnsignedLong(dims[1]);
        long cols = Integer.toUnsignedLong(dims[2]);
        if (count == 0) {
            throw DatasetException.inFile(file, Fault.of("data.zeroImages"));
        }
        if (rows == 0 || cols == 0 || rows > MAX_SIDE || cols > MAX_SIDE) {
            throw DatasetException.inFile(file, Fault.of("data.implausibleImageSize", rows, cols, MAX_SIDE));
        }
        long bytes = count * rows * cols; // cannot overflow: 2^32 * 4096 * 4096 < 2^63
        if (bytes > MAX_PAYLOAD) {
            throw DatasetException.inFile(file, Fault.of("data.tooManyImageBytes", count, rows, cols, bytes,
                    MAX_PAYLOAD));
        }
        return new ImageShape((int) count, (int) rows, (int) cols);
    }

    /** Reads a label file; every label must be a class 0..9 (see {@link ImageSet#NUM_CLASSES}). */
    public static byte[] readLabels(Path file) throws DatasetException {
        try (InputStream in = open(file)) {
            checkMagic(file, readHeader(in, file, 1)[0], LABEL_MAGIC, Fault.of("data.idxLabelFile"));
            long count = Integer.toUnsignedLong(readHeader(in, file, 1)[0]);
            if (count == 0) {
                throw DatasetException.inFile(file, Fault.of("data.zeroLabels"));
            }
            if (count > MAX_PAYLOAD) {
                throw DatasetException.inFile(file, Fault.of("data.tooManyLabels", count, MAX_PAYLOAD));
            }
            byte[] labels = readPayload(in, file, (int) count, Fault.of("data.announcedLabels", count), 8);
            for (int i = 0; i < labels.length; i++) {
                int label = labels[i] & 0xFF;
                if (label >= ImageSet.NUM_CLASSES) {
                    throw DatasetException.inFile(file, Fault.of("data.labelOutOfRange", label, i,
                            ImageSet.NUM_CLASSES - 1));
                }
            }
            return labels;
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        // A named pipe or a device would be opened and read until someone writes to it: perhaps never.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw DatasetException.inFile(file, Fault.of("data.notARegularFile"));
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), IO_BUFFER);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, IO_BUFFER);
        } catch (IOException e) {
            raw.close();
            // The constructor reads the gzip header: ZipException = wrong magic, EOF = too short.
            throw DatasetException.inFile(file, Fault.of("data.notGzip"), e);
        }
    }

    /** Reads {@code ints} big-endian header ints; a short read means the file is truncated. */
    private static int[] readHeader(InputStream in, Path file, int ints) throws IOException {
        byte[] bytes = in.readNBytes(4 * ints);
        if (bytes.length < 4 * ints) {
            throw DatasetException.inFile(file, Fault.of("data.truncatedHeader"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[ints];
        for (int i = 0; i < ints; i++) {
            values[i] = buffer.getInt();
        }
        return values;
    }

    private static void checkMagic(Path file, int magic, int expected, Fault kind) throws DatasetException {
        if (magic != expected) {
            throw DatasetException.inFile(file, Fault.of("data.wrongMagic", magic, expected, kind));
        }
    }

    /**
     * Reads exactly {@code length} bytes, growing the buffer only as data arrives, then checks
     * that nothing follows.
     */
    private static byte[] readPayload(InputStream in, Path file, int length, Fault what, int headerBytes)
            throws IOException {
        byte[] buffer = new byte[Math.min(length, CHUNK)];
        int filled = 0;
        while (filled < length) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                throw DatasetException.inFile(file, Fault.of("data.truncatedPayload", what, filled, headerBytes));
            }
            filled += n;
        }
        if (in.read() >= 0) {
            throw DatasetException.inFile(file, Fault.of("data.dataAfterPayload", what));
        }
        return buffer;
    }

    private static DatasetException translate(Path file, IOException e) {
        if (e instanceof DatasetException de) {
            return de;
        }
        if (e instanceof NoSuchFileException) {
            return DatasetException.inFile(file, Fault.of("noSuchFile"), e);
        }
        if (e instanceof AccessDeniedException) {
            return DatasetException.inFile(file, Fault.of("permissionDenied"), e);
        }
        // Only the gzip layer throws these; a raw file simply ends (handled as "truncated").
        if (e instanceof ZipException) {
            return DatasetException.inFile(file, Fault.of("data.corruptGzip", e.getMessage()), e);
        }
        if (e instanceof EOFException) {
            return DatasetException.inFile(file, Fault.of("data.gzipEndsEarly"), e);
        }
        return DatasetException.inFile(file, Fault.of("data.cannotRead", e), e);
    }
}
