package org.vaeexplorer.evaluation;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Fréchet distance between two sets of feature vectors, each summarised by a Gaussian with its mean and
 * covariance (Heusel et al. 2017, the FID):
 * d^2 = |mu1 - mu2|^2 + tr(C1 + C2 - 2 (C1^1/2 C2 C1^1/2)^1/2).
 * The matrix square roots are symmetric ones from LAPACK's eigen solver, in double precision; tr((C1^1/2 C2
 * C1^1/2)^1/2) equals tr((C1 C2)^1/2) and needs no non-symmetric square root.
 */
public final class FrechetDistance {

    private FrechetDistance() {
    }

    /** The mean and covariance of a set of vectors. */
    public record Moments(double[] mean, double[][] covariance) {

        /** Sample mean and the covariance with divisor n - 1, as numpy's cov (and the FID's reference code). */
        public static Moments of(float[][] vectors) {
            int n = vectors.length;
            if (n < 2) {
                throw new IllegalArgumentException("a covariance needs at least 2 vectors, got " + n);
            }
            int d = vectors[0].length;
            double[] mean = new double[d];
            for (float[] v : vectors) {
                for (int a = 0; a < d; a++) {
                    mean[a] += v[a];
                }
            }
            for (int a = 0; a < d; a++) {
                mean[a] /= n;
            }
            double[][] cov = new double[d][d];
            double[] centred = new double[d];
            for (float[] v : vectors) {
                for (int a = 0; a < d; a++) {
                    centred[a] = v[a] - mean[a];
                }
                for (int a = 0; a < d; a++) {
                    for (int b = a; b < d; b++) {
                        cov[a][b] += centred[a] * centred[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    cov[a][b] /= n - 1;
                    cov[b][a] = cov[a][b];
                }
            }
            return new Moments(mean, cov);
        }
    }

    /** The distance between the Gaussians fitted to two sets of vectors of one length. */
    public static double between(float[][] a, float[][] b) {
        return between(Moments.of(a), Moments.of(b));
    }

    /** The distance between N(a.mean, a.covariance) and N(b.mean, b.covariance). */
    public static double between(Moments a, Moments b) {
        int d = a.mean().length;
        if (b.mean().length != d) {
            throw new IllegalArgumentException("features of length " + d + " and " + b.mean().length);
        }
        double meanTerm = 0;
        double traces = 0;
        for (int i = 0; i < d; i++) {
            double diff = a.mean()[i] - b.mean()[i];
            meanTerm += diff * diff;
            traces += a.covariance()[i][i] + b.covariance()[i][i];
        }
        INDArray rootA = symmetricSquareRoot(Nd4j.create(a.covariance()).castTo(DataType.DOUBLE));
        INDArray product = rootA.mmul(Nd4j.create(b.covariance()).castTo(DataType.DOUBLE)).mmul(rootA);
        double crossTrace = 0;
        for (double lambda : eigenvalues(symmetrize(product))) {
            crossTrace += Math.sqrt(Math.max(lambda, 0));
        }
        // Rounding can leave a tiny negative where the true value is 0 (a set against itself).
        return Math.max(0, meanTerm + traces - 2 * crossTrace);
    }

    /** S^1/2 = V diag(sqrt(lambda)) V^T of a symmetric positive semi-definite S; rounding's negative lambdas count as 0. */
    static INDArray symmetricSquareRoot(INDArray s) {
        INDArray vectors = symmetrize(s);
        INDArray lambda = Eigen.symmetricGeneralizedEigenvalues(vectors, true); // vectors now holds V's columns
        INDArray roots = Nd4j.create(DataType.DOUBLE, lambda.length());
        for (int i = 0; i < lambda.length(); i++) {
            roots.putScalar(i, Math.sqrt(Math.max(lambda.getDouble(i), 0)));
        }
        return vectors.mulRowVector(roots).mmul(vectors.transpose());
    }

    private static double[] eigenvalues(INDArray symmetric) {
        return Eigen.symmetricGeneralizedEigenvalues(symmetric, false).toDoubleVector();
    }

    /** (S + S^T) / 2 as a new double matrix: the solver reads one triangle, and products drift from symmetry. */
    private static INDArray symmetrize(INDArray s) {
        INDArray d = s.castTo(DataType.DOUBLE);
        return d.add(d.transpose()).muli(0.5).dup('f');
    }
}
