package org.vaeexplorer.evaluation;

/**
 * A VAE judged by the three criteria: how well it models the test images (the importance-weighted log p(x)),
 * how good its samples are (judged by a digit classifier) and how much of its latent space it uses.
 *
 * @param iwaeLogLikelihood      the importance-weighted bound on log p(x), mean over the test images (nats)
 * @param iwaeSamples            k, the draws per image of that bound
 * @param priorSamples           how many prior samples the generation figures are taken over
 * @param classifierConfidence   the classifier's mean highest class probability on the samples
 * @param classHistogram         the share of samples the classifier puts in each class (sums to 1)
 * @param frechetDistance        between the classifier's features of the samples and of the test images
 * @param sampleSharpness        mean variance of the Laplacian of the samples
 * @param testSharpness          the same of the test images
 * @param activeUnits            latent dimensions whose posterior mean varies over the test images
 * @param klPerDimension         mean KL of each latent dimension over the test images (nats)
 * @param priorHoles             share of prior samples far from every test encoding ({@link LatentCoverage#priorHoles})
 * @param classifierTestAccuracy the classifier's own accuracy on the test images
 */
public record FullEvaluation(double iwaeLogLikelihood, int iwaeSamples, int priorSamples,
                             double classifierConfidence, double[] classHistogram, double frechetDistance,
                             double sampleSharpness, double testSharpness,
                             int activeUnits, double[] klPerDimension, double priorHoles,
                             double classifierTestAccuracy) {

    /** What to compute with: k of the bound, the number of prior samples, and the seed of all the noise. */
    public record Settings(int iwaeSamples, int priorSamples, long seed) {

        /** The figures as reported: k = 100 (Burda et al.'s choice) over 10,000 prior samples. */
        public static final int IWAE_SAMPLES = 100;
        public static final int PRIOR_SAMPLES = 10_000;

        public Settings {
            if (iwaeSamples < 1 || priorSamples < 2) {
                throw new IllegalArgumentException("need k >= 1 and at least 2 prior samples, got " + iwaeSamples
                        + " and " + priorSamples);
            }
        }
    }

    /** Told what is being computed and how far it has come, on the evaluating thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(String stage, int done, int total);
    }
}
