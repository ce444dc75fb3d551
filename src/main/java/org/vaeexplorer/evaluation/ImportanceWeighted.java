package org.vaeexplorer.evaluation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.Scratch;
import org.vaeexplorer.model.Vae;

/**
 * The importance-weighted bound on log p(x) (Burda, Grosse &amp; Salakhutdinov 2016, eq. 8):
 * log p(x) >= E[log (1/k) sum_j p(x|z_j) p(z_j) / q(z_j|x)], z_j ~ q(z|x). With k = 1 it is the ELBO (with the
 * KL estimated from the same draw rather than in closed form); it rises towards log p(x) as k grows, so the
 * distance between it and the ELBO shows how loose the ELBO is.
 */
public final class ImportanceWeighted {

    private static final double LOG_2PI = Math.log(2 * Math.PI);
    /** Rows of one decoder pass: images per pass times k. */
    private static final int ROWS_PER_PASS = 2000;

    private ImportanceWeighted() {
    }

    /**
     * The mean over {@code set} of the bound with {@code k} draws per image, in nats per image; noise seeded
     * with {@code seed}.
     */
    public static double meanLogLikelihood(Vae vae, ImageSet set, int k, long seed, Progress progress) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Random rng = Noise.generator(seed);
        int perPass = Math.max(1, ROWS_PER_PASS / k);
        double sum = 0;
        for (int from = 0; from < set.count(); from += perPass) {
            int to = Math.min(set.count(), from + perPass);
            try (var ignored = Scratch.open("importance-weighted")) {
                INDArray x = ImageMatrix.range(set, from, to);
                INDArray eps = Noise.standardNormal((to - from) * k, vae.config().latentSize(), rng);
                for (double bound : perImage(vae, x, eps, k)) {
                    sum += bound;
                }
            }
            progress.done(to, set.count());
        }
        return sum / set.count();
    }

    /**
     * The bound of each row of {@code x} with the given noise: rows {@code i*k .. i*k+k-1} of {@code eps} are image
     * i's k draws, z = mu + sigma eps.
     */
    public static double[] perImage(Vae vae, INDArray x, INDArray eps, int k) {
        int n = x.rows();
        int d = vae.config().latentSize();
        Posterior q = vae.encode(x);
        INDArray mean = q.mean().repeat(0, k);
        INDArray logVariance = q.logVariance().repeat(0, k);
        INDArray z = Vae.reparameterize(new Posterior(mean, logVariance), eps);
        float[] logPxGivenZ = ImageMatrix.toFloats(vae.logLikelihood(x.repeat(0, k), z));
        float[] zs = ImageMatrix.toFloats(z);
        float[] noise = ImageMatrix.toFloats(eps);
        float[] logVars = ImageMatrix.toFloats(logVariance);
        double[] bounds = new double[n];
        double[] logWeights = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                int row = i * k + j;
                double logPrior = 0;
                double logPosterior = 0;
                for (int c = row * d; c < row * d + d; c++) {
                    // log N(z; 0, 1) and log N(z; mu, sigma^2), with (z - mu) / sigma = eps.
                    logPrior -= 0.5 * (LOG_2PI + (double) zs[c] * zs[c]);
                    logPosterior -= 0.5 * (LOG_2PI + logVars[c] + (double) noise[c] * noise[c]);
                }
                logWeights[j] = logPxGivenZ[row] + logPrior - logPosterior;
            }
            bounds[i] = logMeanExp(logWeights);
        }
        return bounds;
    }

    /** log((1/k) sum exp(a_j)), shifted by the largest a_j so that nothing overflows. */
    static double logMeanExp(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : a) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum / a.length);
    }
}
