package org.vaeexplorer.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.data.IdxReader;
import org.vaeexplorer.testing.FuzzBudget;
import org.vaeexplorer.testing.Mutations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds seeded random corruptions of real MNIST IDX files (a 300-image slice of the test set and its
 * labels, raw and gzipped) to the reader for a bounded time. Every input must end in the data or a
 * {@link DatasetException} naming the file, quickly and without allocating far more than the file could
 * hold.
 */
class IdxFuzzTest {

    private static final long BUDGET_NANOS = 6_000_000_000L;
    private static final int SLICE = 300;
    /** The largest payload any of these files can really hold, with room for the reader's buffers. */
    private static final long MAX_ALLOCATION = 16L << 20;
    private static final long MAX_NANOS_PER_FILE = 2_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void corruptIdxFilesAreAnsweredWithAMessageNamingTheFile() throws Exception {
        byte[] images = slice(gunzip(Path.of("assets/mnist/t10k-images-idx3-ubyte.gz")), 16, SLICE * 784);
        byte[] labels = slice(gunzip(Path.of("assets/mnist/t10k-labels-idx1-ubyte.gz")), 8, SLICE);
        Mutations mutations = new Mutations(20261126L);
        long end = System.nanoTime() + BUDGET_NANOS;
        int tried = 0;
        int rejected = 0;
        while (System.nanoTime() < end || tried < 200) {
            boolean isImages = mutations.nextBoolean();
            boolean gzipped = mutations.nextBoolean();
            byte[] original = isImages ? images : labels;
            byte[] corrupt = mutations.mutate(original, isImages ? 16 : 8);
            if (gzipped) {
                // Either a valid gzip of corrupt IDX, or a corrupt gzip stream of valid IDX.
                corrupt = mutations.nextBoolean() ? gzip(corrupt) : mutations.mutate(gzip(original), 10);
            }
            Path file = dir.resolve("fuzz-" + tried + (isImages ? "-images" : "-labels") + (gzipped ? ".gz" : ""));
            Files.write(file, corrupt);
            FuzzBudget.Cost cost = FuzzBudget.of(() -> {
                if (isImages) {
                    IdxReader.readImages(file);
                } else {
                    IdxReader.readLabels(file);
                }
            });
            String input = file.getFileName() + " (" + corrupt.length + " bytes)";
            if (cost.thrown() != null) {
                if (!(cost.thrown() instanceof DatasetException)) {
                    fail("the reader crashed on " + input, cost.thrown());
                }
                assertThat(cost.thrown().getMessage()).as(input).startsWith(file.getFileName() + ": ");
                rejected++;
            }
            assertThat(cost.allocatedBytes()).as("heap allocated reading " + input).isLessThan(MAX_ALLOCATION);
            assertThat(cost.nanos()).as("time reading " + input).isLessThan(MAX_NANOS_PER_FILE);
            Files.delete(file);
            tried++;
        }
        // Most corruptions must be caught; a flipped pixel or label bit can leave a valid file.
        assertThat(rejected).as("rejected of " + tried).isGreaterThan(tried / 2);
    }

    /** The first {@code payload} bytes after the header, with the header's count set to match. */
    private static byte[] slice(byte[] idx, int headerBytes, int payload) {
        byte[] out = Arrays.copyOf(idx, headerBytes + payload);
        ByteBuffer.wrap(out).putInt(4, SLICE);
        return out;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
