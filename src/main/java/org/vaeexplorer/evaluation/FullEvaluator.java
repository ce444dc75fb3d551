package org.vaeexplorer.evaluation;

import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.Scratch;
import org.vaeexplorer.model.Vae;


/**
 * Computes a {@link FullEvaluation} on the calling thread, which must own both networks (the VAE's and the
 * classifier's). Samples are the decoder's pixel means at prior draws, as the window shows them, not
 * Bernoulli draws of pixels.
 */
public final class FullEvaluator {

    private static final int CHUNK = 1000;

    private FullEvaluator() {
    }

    public static FullEvaluation evaluate(Vae vae, ImageSet test, DigitClassifier classifier,
                                          FullEvaluation.Settings settings, FullEvaluation.Listener listener) {
        int d = vae.config().latentSize();
        int n = test.count();
        Posteriors posteriors = encode(vae, test, listener);
        double iwae = ImportanceWeighted.meanLogLikelihood(vae, test, settings.iwaeSamples(), settings.seed(),
                (done, total) -> listener.progress("importance-weighted log p(x)", done, total));

        int draws = settings.priorSamples();
        float[] z;
        try (var ignored = Scratch.open("prior-draws")) {
            z = ImageMatrix.toFloats(vae.samplePrior(draws, Noise.generator(settings.seed() + 1)));
        }
        float[] samples = decode(vae, z, draws, listener);

        listener.progress("classifying samples", 0, draws);
        DigitClassifier.Judgement ofSamples = classifier.judge(samples, draws,
                done -> listener.progress("classifying samples", done, draws));
        listener.progress("classifying test images", 0, n);
        DigitClassifier.Judgement ofTest = classifier.judge(test, done -> listener.progress("classifying test images", done, n));

        float[] testImages = test.scaledImages();
        listener.progress("prior holes", 0, 1);
        double holes = LatentCoverage.priorHoles(z, draws, posteriors.means(), n, d);
        listener.progress("prior holes", 1, 1);
        return new FullEvaluation(iwae, settings.iwaeSamples(), draws,
                meanConfidence(ofSamples.classProbabilities()), classHistogram(ofSamples.classProbabilities()),
                FrechetDistance.between(ofSamples.features(), ofTest.features()),
                Sharpness.mean(samples, draws, test.rows(), test.cols()),
                Sharpness.mean(testImages, n, test.rows(), test.cols()),
                LatentCoverage.activeUnits(posteriors.means(), n, d),
                LatentCoverage.klPerDimension(posteriors.means(), posteriors.logVariances(), n, d),
                holes, ofTest.accuracy(test));
    }

    /** The mean over the images of the largest class probability: how sure the classifier is of what it sees. */
    public static double meanConfidence(float[][] probabilities) {
        double sum = 0;
        for (float[] p : probabilities) {
            sum += p[DigitClassifier.argMax(p)];
        }
        return sum / probabilities.length;
    }

    /** The share of images whose most probable class is each class. */
    public static double[] classHistogram(float[][] probabilities) {
        double[] shares = new double[ImageSet.NUM_CLASSES];
        for (float[] p : probabilities) {
            shares[DigitClassifier.argMax(p)] += 1.0 / probabilities.length;
        }
        return shares;
    }

    /** The posteriors of a set's images: means and log-variances, n rows of d, row after row. */
    public record Posteriors(float[] means, float[] logVariances) {
    }

    public static Posteriors encode(Vae vae, ImageSet set, FullEvaluation.Listener listener) {
        int d = vae.config().latentSize();
        float[] means = new float[set.count() * d];
        float[] logVariances = new float[set.count() * d];
        for (int from = 0; from < set.count(); from += CHUNK) {
            int to = Math.min(set.count(), from + CHUNK);
            try (var ignored = Scratch.open("encode-all")) {
                Posterior q = vae.encode(ImageMatrix.range(set, from, to));
                System.arraycopy(ImageMatrix.toFloats(q.mean()), 0, means, from * d, (to - from) * d);
                System.arraycopy(ImageMatrix.toFloats(q.logVariance()), 0, logVariances, from * d, (to - from) * d);
            }
            listener.progress("encoding the test images", to, set.count());
        }
        return new Posteriors(means, logVariances);
    }

    private static float[] decode(Vae vae, float[] z, int draws, FullEvaluation.Listener listener) {
        int d = vae.config().latentSize();
        int pixels = vae.config().inputSize();
        float[] samples = new float[draws * pixels];
        for (int from = 0; from < draws; from += CHUNK) {
            int to = Math.min(draws, from + CHUNK);
            float[] chunk = java.util.Arrays.copyOfRange(z, from * d, to * d);
            System.arraycopy(vae.decodeToFloats(chunk, to - from), 0, samples, from * pixels, (to - from) * pixels);
            listener.progress("decoding prior samples", to, draws);
        }
        return samples;
    }
}
