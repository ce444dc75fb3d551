package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Scratch;
import org.vaeexplorer.model.Vae;

import java.util.Arrays;
import java.util.Random;

/**
 * A labelled synthetic dataset from a VAE: the labelled images are encoded (posterior means), a Gaussian is fitted
 * to each class's encodings ({@link ClassGaussians}), and {@code perClass} points drawn from each are decoded. An
 * image is the decoder's pixel means at its point, as the window shows decodings: Bernoulli draws of the pixels
 * would scatter salt-and-pepper noise over the digits, which MNIST's grey strokes never have.
 *
 * <p>Runs on the calling thread, which must own the VAE's network.
 */
public final class SyntheticDigits {

    /** Images per forward pass: bounded memory for any number of images. */
    private static final int CHUNK = 1000;

    private SyntheticDigits() {
    }

    /** The posterior means of all of {@code set}'s images, n rows of d. */
    public static float[] encode(Vae vae, ImageSet set, FullEvaluation.Listener listener) {
        int d = vae.config().latentSize();
        float[] means = new float[set.count() * d];
        for (int from = 0; from < set.count(); from += CHUNK) {
            int to = Math.min(set.count(), from + CHUNK);
            try (var ignored = Scratch.open("encode-labelled")) {
                float[] chunk = ImageMatrix.toFloats(vae.encodeMean(ImageMatrix.range(set, from, to)));
                System.arraycopy(chunk, 0, means, from * d, chunk.length);
            }
            listener.progress("encoding the labelled images", to, set.count());
        }
        return means;
    }

    /** The Gaussians of {@code set}'s classes, shrunk with kappa = d (see {@link ClassGaussians}). */
    public static ClassGaussians fit(Vae vae, ImageSet set, FullEvaluation.Listener listener) {
        int d = vae.config().latentSize();
        return ClassGaussians.fit(encode(vae, set, listener), set.labels(), d, d);
    }

    /**
     * {@code perClass} decoded samples of each class {@code gaussians} can sample, class after class (all of
     * class 0 first), their labels the class they were drawn from.
     */
    public static ImageSet generate(Vae vae, ClassGaussians gaussians, int perClass, long seed,
                                    FullEvaluation.Listener listener) {
        if (perClass < 1) {
            throw new InvalidValueException(Fault.of("augmentation.noImagesPerClass", perClass));
        }
        int[] counts = new int[ImageSet.NUM_CLASSES];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = gaussians.has(c) ? perClass : 0;
        }
        return generate(vae, gaussians, counts, seed, listener);
    }

    /** {@code counts[c]} decoded samples of each class c, class after class, labelled with their class. */
    public static ImageSet generate(Vae vae, ClassGaussians gaussians, int[] counts, long seed,
                                    FullEvaluation.Listener listener) {
        int d = gaussians.dimensions();
        int rows = vae.config().imageRows();
        int cols = vae.config().imageCols();
        int pixels = rows * cols;
        int total = Arrays.stream(counts).sum();
        byte[] images = new byte[Math.multiplyExact(total, pixels)];
        byte[] labels = new byte[total];
        Random rng = new Random(seed);
        int done = 0;
        for (int c = 0; c < ImageSet.NUM_CLASSES; c++) {
            int n = counts[c];
            if (n == 0) {
                continue;
            }
            float[] z = gaussians.sample(c, n, rng);
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                float[] decoded = vae.decodeToFloats(Arrays.copyOfRange(z, from * d, to * d), to - from);
                for (int p = 0; p < decoded.length; p++) {
                    images[(done + from) * pixels + p] = toByte(decoded[p]);
                }
                listener.progress("decoding samples", done + to, total);
            }
            Arrays.fill(labels, done, done + n, (byte) c);
            done += n;
        }
        return new ImageSet(total, rows, cols, images, labels);
    }

    /** A pixel mean in [0, 1] as an IDX grey level 0..255. */
    static byte toByte(float p) {
        return (byte) Math.round(Math.max(0f, Math.min(1f, p)) * 255f);
    }
}
