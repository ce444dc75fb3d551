package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.ImageSet;

import java.util.Random;

/**
 * One Gaussian per class over the latent space, fitted to the posterior means of that class's images: where the
 * encoder puts each class. Sampling it and decoding gives new images of a known class.
 *
 * <p>Full covariance, not diagonal: a class's encodings form a tilted, elongated cloud (in the 2-D model one can
 * see each digit's arc on the plane), and a diagonal Gaussian would put samples in the corners of the box around
 * it, where other classes or empty space lie. With thousands of encodings per class the d(d+1)/2 entries are well
 * determined; a class with few encodings (the imbalanced experiment keeps a handful) is shrunk towards the
 * pooled within-class covariance: Sigma_c = ((n_c - 1) S_c + kappa Sigma_pooled) / (n_c - 1 + kappa), the
 * posterior mean of a normal-inverse-Wishart prior centred on the pooled covariance with kappa pseudo-observations
 * (as in regularised discriminant analysis, Friedman 1989). With thousands of encodings it changes nothing visible.
 *
 * @param dimensions the latent size d
 * @param counts     encodings per class
 * @param means      per class, d values (all zero for a class without encodings)
 * @param covariances per class, d x d row-major (shrunk as above)
 */
public record ClassGaussians(int dimensions, int[] counts, double[][] means, double[][] covariances) {

    /**
     * Fits the Gaussians to {@code n} encodings ({@code z}: n rows of d, row after row) with their labels.
     *
     * @param shrinkage kappa above; 0 gives each class's own sample covariance (divided by n_c - 1)
     */
    public static ClassGaussians fit(float[] z, byte[] labels, int d, double shrinkage) {
        int n = labels.length;
        if (z.length != n * d) {
            throw new IllegalArgumentException(z.length + " values are not " + n + " encodings of " + d);
        }
        if (shrinkage < 0) {
            throw new IllegalArgumentException("shrinkage must be at least 0, got " + shrinkage);
        }
        int k = ImageSet.NUM_CLASSES;
        int[] counts = new int[k];
        double[][] means = new double[k][d];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            counts[c]++;
            for (int a = 0; a < d; a++) {
                means[c][a] += z[i * d + a];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int a = 0; a < d; a++) {
                means[c][a] = counts[c] == 0 ? 0 : means[c][a] / counts[c];
            }
        }
        // Scatter matrices: sum over a class of (z - mean)(z - mean)^T.
        double[][] scatter = new double[k][d * d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            for (int a = 0; a < d; a++) {
                centred[a] = z[i * d + a] - means[c][a];
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    scatter[c][a * d + b] += centred[a] * centred[b];
                }
            }
        }
        double[] pooled = new double[d * d];
        int pooledDegrees = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                pooledDegrees += counts[c] - 1;
                for (int e = 0; e < d * d; e++) {
                    pooled[e] += scatter[c][e];
                }
            }
        }
        double[][] covariances = new double[k][d * d];
        for (int c = 0; c < k; c++) {
            double degrees = Math.max(0, counts[c] - 1);
            double weight = degrees + (pooledDegrees > 0 ? shrinkage : 0);
            for (int e = 0; e < d * d; e++) {
                double shrunk = pooledDegrees > 0 ? shrinkage * pooled[e] / pooledDegrees : 0;
                covariances[c][e] = weight == 0 ? 0 : (scatter[c][e] + shrunk) / weight;
            }
        }
        return new ClassGaussians(d, counts, means, covariances);
    }

    /** The classes with at least one encoding: the ones that can be sampled. */
    public boolean has(int c) {
        return counts[c] > 0;
    }

    /**
     * {@code n} points drawn from class {@code c}'s Gaussian, n rows of d: mean + L eps with L the Cholesky factor
     * of the covariance and eps standard normal.
     */
    public float[] sample(int c, int n, Random rng) {
        if (!has(c)) {
            throw new IllegalArgumentException("class " + c + " has no encodings to fit a Gaussian to");
        }
        int d = dimensions;
        double[] l = cholesky(covariances[c], d);
        float[] out = new float[n * d];
        double[] eps = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                eps[a] = rng.nextGaussian();
            }
            for (int a = 0; a < d; a++) {
                double v = means[c][a];
                for (int b = 0; b <= a; b++) {
                    v += l[a * d + b] * eps[b];
                }
                out[i * d + a] = (float) v;
            }
        }
        return out;
    }

    /**
     * The lower-triangular L with L L^T = sigma. A covariance that is only semi-definite (a class of one encoding,
     * a dimension the encoder never moves) gets a jitter on its diagonal, growing tenfold until it factors.
     */
    static double[] cholesky(double[] sigma, int d) {
        double trace = 0;
        for (int a = 0; a < d; a++) {
            trace += sigma[a * d + a];
        }
        double jitter = 0;
        double floor = Math.max(trace / d, 1e-12) * 1e-9;
        while (true) {
            double[] l = tryCholesky(sigma, d, jitter);
            if (l != null) {
                return l;
            }
            jitter = jitter == 0 ? floor : jitter * 10;
        }
    }

    private static double[] tryCholesky(double[] sigma, int d, double jitter) {
        double[] l = new double[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                double s = sigma[a * d + b] + (a == b ? jitter : 0);
                for (int m = 0; m < b; m++) {
                    s -= l[a * d + m] * l[b * d + m];
                }
                if (a == b) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[a * d + a] = Math.sqrt(s);
                } else {
                    l[a * d + b] = s / l[b * d + b];
                }
            }
        }
        return l;
    }
}
