package org.vaeexplorer.analysis;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Scratch;
import org.vaeexplorer.model.Vae;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * How well hidden halves of test images are filled in: the mean squared error of the filled-in pixels against
 * the originals, and the PSNR, for the VAE's repair ({@link ImageRepair}) and two ways that know no VAE: the
 * mean training image, and the training image nearest to each test image on its visible part.
 */
public final class RepairQuality {

    /** Training images compared with the test images at once: a 1000 x 5000 distance matrix is 20 MB. */
    private static final int TRAIN_CHUNK = 5000;

    /** A way to fill in the hidden pixels. */
    public enum Method {
        VAE("VAE repair", "x <- decode(mu(x)) on the hidden pixels, repeated, the visible ones kept"),
        MEAN_IMAGE("mean training image", "the hidden pixels of the average training image"),
        NEAREST_IMAGE("nearest training image", "the hidden pixels of the training image closest on the visible ones");

        private final String label;
        private final String meaning;

        Method(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }
    }

    /**
     * One mask and method over all the test images measured.
     *
     * @param meanSquaredError the mean over the images and their hidden pixels (in [0, 1]) of the squared error
     */
    public record Row(ImageMask mask, Method method, double meanSquaredError) {

        /** 10 log10(1 / MSE) in dB, pixels in [0, 1]: higher is better, infinite for a perfect fill. */
        public double psnr() {
            return RepairQuality.psnr(meanSquaredError);
        }
    }

    private RepairQuality() {
    }

    /**
     * Every mask and method over the first {@code images} test images; {@code progress} is told after each mask
     * (1 to 4).
     */
    public static List<Row> measure(Vae vae, ImageSet train, ImageSet test, int images, int rounds, IntConsumer progress) {
        if (images < 1 || images > test.count()) {
            throw new IllegalArgumentException("images must be 1 to " + test.count() + ", got " + images);
        }
        int rows = test.rows();
        int cols = test.cols();
        int p = test.pixelsPerImage();
        float[] originals = test.head(images).scaledImages();
        float[] mean = meanImage(train);
        float[] meanRepeated = new float[originals.length];
        for (int i = 0; i < images; i++) {
            System.arraycopy(mean, 0, meanRepeated, i * p, p);
        }
        List<Row> result = new ArrayList<>();
        ImageMask[] masks = ImageMask.values();
        for (int m = 0; m < masks.length; m++) {
            boolean[] known = masks[m].known(rows, cols);
            float[] repaired = ImageRepair.repairAll(vae, originals, images, known, rounds);
            result.add(new Row(masks[m], Method.VAE, hiddenMeanSquaredError(repaired, originals, known)));
            result.add(new Row(masks[m], Method.MEAN_IMAGE, hiddenMeanSquaredError(meanRepeated, originals, known)));
            float[] nearest = train.scaledImages(nearestOnKnown(train, originals, images, known));
            result.add(new Row(masks[m], Method.NEAREST_IMAGE, hiddenMeanSquaredError(nearest, originals, known)));
            progress.accept(m + 1);
        }
        return result;
    }

    /** 10 log10(1 / mse): the peak signal-to-noise ratio of pixels in [0, 1], in dB. */
    public static double psnr(double meanSquaredError) {
        return meanSquaredError == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / meanSquaredError);
    }

    /**
     * The mean over the images and their hidden pixels of (filled - original)^2; both hold images of
     * {@code known.length} pixels one after another.
     */
    public static double hiddenMeanSquaredError(float[] filled, float[] originals, boolean[] known) {
        int p = known.length;
        double sum = 0;
        long count = 0;
        for (int i = 0; i < originals.length; i++) {
            if (!known[i % p]) {
                double d = filled[i] - originals[i];
                sum += d * d;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The pixel-wise mean of every training image, in [0, 1]. */
    public static float[] meanImage(ImageSet train) {
        int p = train.pixelsPerImage();
        double[] sums = new double[p];
        for (int i = 0; i < train.count(); i++) {
            for (int j = 0; j < p; j++) {
                sums[j] += train.pixel(i, j);
            }
        }
        float[] mean = new float[p];
        for (int j = 0; j < p; j++) {
            mean[j] = (float) (sums[j] / train.count());
        }
        return mean;
    }

    /**
     * For each of the {@code n} images, the index of the training image nearest to it on the known pixels
     * (squared Euclidean distance; the first on a tie). |t - q|^2 = |t|^2 - 2 t.q + |q|^2, whose last term is the
     * same for every t: one matrix product per chunk of training images.
     */
    public static int[] nearestOnKnown(ImageSet train, float[] images, int n, boolean[] known) {
        int p = known.length;
        float[] maskValues = new float[p];
        for (int j = 0; j < p; j++) {
            maskValues[j] = known[j] ? 1f : 0f;
        }
        int[] best = new int[n];
        double[] bestDistance = new double[n];
        java.util.Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        try (var ignored = Scratch.open("nearest-on-known")) {
            INDArray mask = ImageMatrix.fromFloats(maskValues, 1, p);
            INDArray queries = ImageMatrix.fromFloats(images, n, p).muliRowVector(mask);
            for (int from = 0; from < train.count(); from += TRAIN_CHUNK) {
                int to = Math.min(train.count(), from + TRAIN_CHUNK);
                INDArray t = ImageMatrix.range(train, from, to).muliRowVector(mask);
                INDArray norms = t.mul(t).sum(1).reshape(1, to - from);
                INDArray distances = queries.mmul(t.transpose()).muli(-2).addiRowVector(norms);
                float[] d = ImageMatrix.toFloats(distances);
                int c = to - from;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < c; j++) {
                        if (d[i * c + j] < bestDistance[i]) {
                            bestDistance[i] = d[i * c + j];
                            best[i] = from + j;
                        }
                    }
                }
            }
        }
        return best;
    }
}
