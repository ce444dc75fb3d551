package org.vaeexplorer.analysis;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Images ranked by their reconstruction probability under a model, least likely first: the ones the model
 * finds strangest. The score is DL4J's {@code reconstructionLogProbability}: the mean over L draws
 * z_l ~ q(z|x) of log p(x|z_l), the "reconstruction probability" of An &amp; Cho (2015). It is not log p(x):
 * the KL term is left out, so it asks only how well the image can be rebuilt from its own codes.
 */
public final class AnomalyRanking {

    /** Rows scored at once: big enough for fast matrix products, small enough to keep memory flat. */
    static final int CHUNK = 1000;
    /** Image-draws per chunk: {@link #CHUNK} images at the command line's default of 16 draws. */
    static final long DRAWS_PER_CHUNK = 16L * CHUNK;

    /** One scored image: its index in the set, its label, and its reconstruction log-probability in nats. */
    public record Entry(int index, int label, double logProbability) {
    }

    private AnomalyRanking() {
    }

    /**
     * Scores {@code indices} of {@code set} with {@code samples} draws each and returns them least likely
     * first. The draws come from ND4J's generator of this thread, seeded with {@code seed}: the same call
     * on the same thread gives the same ranking.
     */
    public static List<Entry> rank(Vae vae, ImageSet set, int[] indices, int samples, long seed) {
        return rank(vae, set, indices, samples, seed, scored -> { });
    }

    /**
     * As {@link #rank(Vae, ImageSet, int[], int, long)}, telling {@code progress} how many images are scored
     * after each chunk of them.
     */
    public static List<Entry> rank(Vae vae, ImageSet set, int[] indices, int samples, long seed, IntConsumer progress) {
        Nd4j.getRandom().setSeed(seed);
        List<Entry> entries = new ArrayList<>(indices.length);
        int rows = rowsPerChunk(samples);
        for (int from = 0; from < indices.length; from += rows) {
            int to = Math.min(indices.length, from + rows);
            int[] chunk = Arrays.copyOfRange(indices, from, to);
            float[] scores = ImageMatrix.toFloats(vae.reconstructionLogProbability(ImageMatrix.of(set, chunk), samples));
            for (int i = 0; i < chunk.length; i++) {
                entries.add(new Entry(chunk[i], set.label(chunk[i]), scores[i]));
            }
            progress.accept(to);
        }
        entries.sort(Comparator.comparingDouble(Entry::logProbability).thenComparingInt(Entry::index));
        return entries;
    }

    /** Fewer images at once for more draws each, so that every chunk takes about as long as at the default. */
    static int rowsPerChunk(int samples) {
        return (int) Math.max(1, Math.min(CHUNK, DRAWS_PER_CHUNK / Math.max(1, samples)));
    }

    /** Every index of {@code set}, or only those labelled {@code digit} when it is 0 or more. */
    public static int[] indicesOf(ImageSet set, int digit) {
        return IntStream.range(0, set.count())
                .filter(i -> digit < 0 || set.label(i) == digit)
                .toArray();
    }
}
