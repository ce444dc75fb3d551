package org.vaeexplorer.evaluation;


/**
 * How much of the latent space a VAE uses, from the posteriors q(z|x) = N(mu, diag sigma^2) of a set of
 * images (n rows of d numbers each, row after row).
 */
public final class LatentCoverage {

    /**
     * A dimension is active when its posterior mean varies over the data by more than this (Burda, Grosse &amp;
     * Salakhutdinov 2016, section 5.2): an inactive one says the same about every image, so it carries nothing.
     */
    public static final double ACTIVITY_THRESHOLD = 0.01;
    /** The percentile of the encodings' own nearest-neighbour distances used as the radius of {@link #priorHoles}. */
    public static final double HOLE_PERCENTILE = 99;

    private LatentCoverage() {
    }

    /** The number of dimensions whose posterior mean has a variance over the images above {@link #ACTIVITY_THRESHOLD}. */
    public static int activeUnits(float[] means, int n, int d) {
        int active = 0;
        for (int a = 0; a < d; a++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                double m = means[i * d + a];
                sum += m;
                sumSquares += m * m;
            }
            double mean = sum / n;
            active += sumSquares / n - mean * mean > ACTIVITY_THRESHOLD ? 1 : 0;
        }
        return active;
    }

    /**
     * The KL of each dimension, mean over the images: KL(N(mu, sigma^2) || N(0, 1)) = (mu^2 + sigma^2 - log sigma^2 - 1) / 2
     * (Kingma &amp; Welling 2013, Appendix B); they sum to the ELBO's KL term.
     */
    public static double[] klPerDimension(float[] means, float[] logVariances, int n, int d) {
        double[] kl = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double mu = means[i * d + a];
                double logVar = logVariances[i * d + a];
                kl[a] += 0.5 * (mu * mu + Math.exp(logVar) - logVar - 1);
            }
        }
        for (int a = 0; a < d; a++) {
            kl[a] /= n;
        }
        return kl;
    }

    /**
     * The share of prior draws that fall in a hole: farther from every encoding mean than the radius within
     * which 99% of the encodings have their own nearest neighbour ({@link #HOLE_PERCENTILE}). The radius follows
     * the encodings' own spacing, so the figure is the share of the prior the data leaves empty at that spacing.
     */
    public static double priorHoles(float[] priorDraws, int draws, float[] means, int n, int d) {
        double[] ownNearest = new double[n];
        for (int i = 0; i < n; i++) {
            ownNearest[i] = nearestSquaredDistance(means, i * d, means, n, d, i);
        }
        double radiusSquared = Percentile.nearestRank(ownNearest, HOLE_PERCENTILE);
        int far = 0;
        for (int s = 0; s < draws; s++) {
            far += nearestSquaredDistance(priorDraws, s * d, means, n, d, -1) > radiusSquared ? 1 : 0;
        }
        return (double) far / draws;
    }

    /** The smallest squared distance from the point at {@code offset} to a row of {@code points}, row {@code skip} left out. */
    private static double nearestSquaredDistance(float[] from, int offset, float[] points, int n, int d, int skip) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j == skip) {
                continue;
            }
            double distance = 0;
            for (int a = 0; a < d && distance < best; a++) {
                double diff = from[offset + a] - points[j * d + a];
                distance += diff * diff;
            }
            best = Math.min(best, distance);
        }
        return best;
    }
}
