package org.vaeexplorer.analysis;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How the latent space maps onto the 2-D plane the student sees, and back.
 *
 * <p>With a 2-D latent the plane is z itself (axes z1, z2). With more dimensions it is the plane of the
 * first two principal components of the test set's latent means: a plane point (p1, p2) is the latent
 * vector z = mean + p1 * pc1 + p2 * pc2, and a latent vector projects to ((z - mean) . pc1, (z - mean) . pc2).
 * With a 1-D latent only the horizontal axis means anything.
 */
public final class LatentProjection {

    /** Covariance for the principal components comes from at most this many latent means (enough for 2 directions). */
    static final int MAX_PCA_ROWS = 4000;
    /** Latent means are floats: vectors that differ by less than their rounding are one point, not a spread. */
    private static final double FLOAT_ROUNDING = 1e-6;

    private final int latentSize;
    private final boolean pca;
    private final float[] mean;
    private final float[] pc1;
    private final float[] pc2;

    private LatentProjection(int latentSize, boolean pca, float[] mean, float[] pc1, float[] pc2) {
        this.latentSize = latentSize;
        this.pca = pca;
        this.mean = mean;
        this.pc1 = pc1;
        this.pc2 = pc2;
    }

    /** The plane of the first two latent dimensions (all of z when the latent is 2-D). */
    public static LatentProjection axes(int latentSize) {
        if (latentSize < 1) {
            throw new IllegalArgumentException("latent size must be positive, got " + latentSize);
        }
        float[] first = new float[latentSize];
        first[0] = 1;
        float[] second = new float[latentSize];
        if (latentSize > 1) {
            second[1] = 1;
        }
        return new LatentProjection(latentSize, false, new float[latentSize], first, second);
    }

    /** The projection that suits {@code rows} latent vectors (row-major, {@code n x d}): axes for d <= 2, PCA above. */
    public static LatentProjection fit(float[] rows, int n, int d, LatentProjection previous) {
        return d <= 2 || n < 2 ? axes(d) : pca(rows, n, d, previous);
    }

    /**
     * The first two principal components of {@code n x d} row-major vectors. Signs follow {@code previous}
     * (when it is a PCA of the same size) so the picture does not flip between updates.
     */
    public static LatentProjection pca(float[] rows, int n, int d, LatentProjection previous) {
        int step = Math.max(1, n / MAX_PCA_ROWS);
        double[][] sample = new double[(n + step - 1) / step][d];
        for (int i = 0; i < sample.length; i++) {
            for (int j = 0; j < d; j++) {
                sample[i][j] = rows[i * step * d + j];
            }
        }
        INDArray x = Nd4j.create(sample);
        INDArray mean = x.mean(0);
        INDArray centred = x.subRowVector(mean);
        if (centred.amaxNumber().doubleValue() <= FLOAT_ROUNDING * (1 + mean.amaxNumber().doubleValue())) {
            return axes(d); // one point has no principal plane (any would do): the latent's own first two axes
        }
        double[][] axes = leadingEigenvectors(centred.transpose().mmul(centred).divi(sample.length), 2);
        boolean samePca = previous != null && previous.pca && previous.latentSize == d;
        float[] pc1 = orient(axes[0], samePca ? previous.pc1 : null);
        float[] pc2 = orient(axes[1], samePca ? previous.pc2 : null);
        return new LatentProjection(d, true, mean.toFloatVector(), pc1, pc2);
    }

    /**
     * The {@code k} unit eigenvectors of a symmetric matrix with the largest eigenvalues, largest first: LAPACK's
     * symmetric solver (syev) through ND4J, which returns all of them, eigenvalues ascending, one per column.
     */
    static double[][] leadingEigenvectors(INDArray symmetric, int k) {
        INDArray vectors = symmetric.castTo(DataType.DOUBLE).dup('c');
        Eigen.symmetricGeneralizedEigenvalues(vectors, true);
        int d = (int) vectors.rows();
        double[][] leading = new double[k][];
        for (int i = 0; i < k; i++) {
            leading[i] = vectors.getColumn(d - 1 - i).toDoubleVector();
        }
        return leading;
    }

    public int latentSize() {
        return latentSize;
    }

    public boolean isPca() {
        return pca;
    }

    /** Horizontal axis name, shown on the plane. */
    public String horizontalAxis() {
        return pca ? "PC1" : "z1";
    }

    /** Vertical axis name; empty for a 1-D latent, whose plane has no vertical meaning. */
    public String verticalAxis() {
        if (pca) {
            return "PC2";
        }
        return latentSize > 1 ? "z2" : "";
    }

    /** The latent vector at plane point (u, v). */
    public float[] toLatent(double u, double v) {
        float[] z = new float[latentSize];
        for (int j = 0; j < latentSize; j++) {
            z[j] = (float) (mean[j] + u * pc1[j] + v * pc2[j]);
        }
        return z;
    }

    /** Writes the latent vectors of {@code points} plane points (u[i], v[i]) into {@code out}, row-major. */
    public float[] toLatents(double[] u, double[] v) {
        float[] out = new float[u.length * latentSize];
        for (int i = 0; i < u.length; i++) {
            System.arraycopy(toLatent(u[i], v[i]), 0, out, i * latentSize, latentSize);
        }
        return out;
    }

    /** Projects {@code n} row-major latent vectors onto the plane. */
    public void project(float[] rows, int n, float[] uOut, float[] vOut) {
        for (int i = 0; i < n; i++) {
            double u = 0;
            double v = 0;
            for (int j = 0; j < latentSize; j++) {
                double c = rows[i * latentSize + j] - mean[j];
                u += c * pc1[j];
                v += c * pc2[j];
            }
            uOut[i] = (float) u;
            vOut[i] = (float) v;
        }
    }

    /** Chooses the sign: along {@code previous} if given, else with the largest component positive. */
    private static float[] orient(double[] v, float[] previous) {
        double sign;
        if (previous != null) {
            double overlap = 0;
            for (int j = 0; j < v.length; j++) {
                overlap += v[j] * previous[j];
            }
            sign = overlap < 0 ? -1 : 1;
        } else {
            int largest = 0;
            for (int j = 1; j < v.length; j++) {
                if (Math.abs(v[j]) > Math.abs(v[largest])) {
                    largest = j;
                }
            }
            sign = v[largest] < 0 ? -1 : 1;
        }
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) (sign * v[j]);
        }
        return out;
    }

    float[] firstComponent() {
        return pc1.clone();
    }

    float[] secondComponent() {
        return pc2.clone();
    }

    @Override
    public String toString() {
        return (pca ? "PCA plane of a " : "axes of a ") + latentSize + "-D latent";
    }
}
