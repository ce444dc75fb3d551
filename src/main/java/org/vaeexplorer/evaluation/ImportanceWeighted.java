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
        return java.util.Arrays.stream(overSet(vae, set, k, seed, progress).importanceWeighted()).sum() / set.count();
    }

    /**
     * The three estimates of {@link Bounds} for every image of {@code set}, in its order, with {@code k} draws per
     * image; noise seeded with {@code seed}.
     */
    public static Bounds overSet(Vae vae, ImageSet set, int k, long seed, Progress progress) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Random rng = Noise.generator(seed);
        int perPass = Math.max(1, ROWS_PER_PASS / k);
        double[] reconstruction = new double[set.count()];
        double[] elbo = new double[set.count()];
        double[] bounds = new double[set.count()];
        for (int from = 0; from < set.count(); from += perPass) {
            int to = Math.min(set.count(), from + perPass);
            try (var ignored = Scratch.open("importance-weighted")) {
                INDArray x = ImageMatrix.range(set, from, to);
                INDArray eps = Noise.standardNormal((to - from) * k, vae.config().latentSize(), rng);
                Bounds pass = perImageBounds(vae, x, eps, k);
                System.arraycopy(pass.reconstruction(), 0, reconstruction, from, to - from);
                System.arraycopy(pass.elbo(), 0, elbo, from, to - from);
                System.arraycopy(pass.importanceWeighted(), 0, bounds, from, to - from);
            }
            progress.done(to, set.count());
        }
        return new Bounds(reconstruction, elbo, bounds);
    }

    /**
     * Three estimates of how likely each image is, in nats, from the same k draws z_j ~ q(z|x) each.
     *
     * @param reconstruction     the mean over the draws of log p(x|z_j): An &amp; Cho's reconstruction probability
     * @param elbo               that mean minus KL(q(z|x) || p(z)) in closed form: the ELBO, estimated with k draws
     * @param importanceWeighted the importance-weighted bound with k draws
     */
    public record Bounds(double[] reconstruction, double[] elbo, double[] importanceWeighted) {
    }

    /**
     * The bound of each row of {@code x} with the given noise: rows {@code i*k .. i*k+k-1} of {@code eps} are image
     * i's k draws, z = mu + sigma eps.
     */
    public static double[] perImage(Vae vae, INDArray x, INDArray eps, int k) {
        return perImageBounds(vae, x, eps, k).importanceWeighted();
    }

    /** The three estimates of {@link Bounds} for each row of {@code x}, with the noise of {@link #perImage}. */
    public static Bounds perImageBounds(Vae vae, INDArray x, INDArray eps, int k) {
        int n = x.rows();
        int d = vae.config().latentSize();
        Posterior q = vae.encode(x);
        float[] means = ImageMatrix.toFloats(q.mean());
        INDArray mean = q.mean().repeat(0, k);
        INDArray logVariance = q.logVariance().repeat(0, k);
        INDArray z = Vae.reparameterize(new Posterior(mean, logVariance), eps);
        float[] logPxGivenZ = ImageMatrix.toFloats(vae.logLikelihood(x.repeat(0, k), z));
        float[] zs = ImageMatrix.toFloats(z);
        float[] noise = ImageMatrix.toFloats(eps);
        float[] logVars = ImageMatrix.toFloats(logVariance);
        double[] bounds = new double[n];
        double[] reconstruction = new double[n];
        double[] elbo = new double[n];
        double[] logWeights = new double[k];
        for (int i = 0; i < n; i++) {
            double logPxSum = 0;
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
                logPxSum += logPxGivenZ[row];
            }
            bounds[i] = logMeanExp(logWeights);
            reconstruction[i] = logPxSum / k;
            // KL(N(mu, sigma^2) || N(0, I)) = 1/2 sum(mu^2 + sigma^2 - log sigma^2 - 1) (Kingma & Welling 2013, App. B);
            // row i * k of the repeated log-variances is image i's.
            double kl = 0;
            for (int c = 0; c < d; c++) {
                double mu = means[i * d + c];
                double logVar = logVars[i * k * d + c];
                kl += 0.5 * (mu * mu + Math.exp(logVar) - logVar - 1);
            }
            elbo[i] = reconstruction[i] - kl;
        }
        return new Bounds(reconstruction, elbo, bounds);
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
