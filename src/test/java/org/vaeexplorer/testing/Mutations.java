package org.vaeexplorer.testing;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded random corruptions of a file's bytes, the kinds a disk, a download or a careless tool produce:
 * flipped bits, overwritten bytes, extreme 32-bit values at word boundaries (where IDX headers and zip
 * fields live), truncation, appended and inserted garbage.
 */
public final class Mutations {

    private static final int[] EXTREMES = {0, 1, -1, 0x7FFFFFFF, 0x80000000, 0x00010000, 0x0000FFFF, 4096, 4097, 60000};

    private final SplittableRandom random;

    public Mutations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One to three random mutations of {@code original} (which is not changed). */
    public byte[] mutate(byte[] original, int headerBytes) {
        byte[] bytes = original.clone();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n && bytes.length > 0; i++) {
            bytes = once(bytes, headerBytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes, int headerBytes) {
        // Half the mutations hit the header, where a wrong value does the most damage.
        int span = random.nextBoolean() ? Math.min(headerBytes, bytes.length) : bytes.length;
        int at = random.nextInt(Math.max(span, 1));
        switch (random.nextInt(6)) {
            case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> bytes[at] = (byte) random.nextInt(256);
            case 2 -> {
                int word = Math.min(at - at % 4, Math.max(bytes.length - 4, 0));
                if (bytes.length >= 4) {
                    ByteBuffer.wrap(bytes).putInt(word, EXTREMES[random.nextInt(EXTREMES.length)]);
                }
            }
            case 3 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 4 -> {
                byte[] tail = new byte[1 + random.nextInt(64)];
                random.nextBytes(tail);
                byte[] longer = Arrays.copyOf(bytes, bytes.length + tail.length);
                System.arraycopy(tail, 0, longer, bytes.length, tail.length);
                bytes = longer;
            }
            default -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                bytes = longer;
            }
        }
        return bytes;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }
}
