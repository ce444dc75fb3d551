package org.vaeexplorer.analysis;

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
    private static final int POWER_ITERATIONS = 300;
    private static final double POWER_TOLERANCE = 1e-10;

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
        float[] mean = new float[d];
        double[] sum = new double[d];
        int used = 0;
        for (int i = 0; i < n; i += step, used++) {
            for (int j = 0; j < d; j++) {
                sum[j] += rows[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / used);
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i += step) {
            for (int j = 0; j < d; j++) {
                centred[j] = rows[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                double[] row = cov[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= used;
                cov[b][a] = cov[a][b];
            }
        }
        boolean samePca = previous != null && previous.pca && previous.latentSize == d;
        double[] first = topEigenvector(cov, samePca ? toDouble(previous.pc1) : null);
        double lambda = rayleigh(cov, first);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                cov[a][b] -= lambda * first[a] * first[b];
            }
        }
        double[] second = topEigenvector(cov, samePca ? toDouble(previous.pc2) : null);
        // Keep the second orthogonal to the first despite rounding.
        double overlap = dot(first, second);
        for (int j = 0; j < d; j++) {
            second[j] -= overlap * first[j];
        }
        normalize(second);
        float[] pc1 = orient(first, samePca ? previous.pc1 : null);
        float[] pc2 = orient(second, samePca ? previous.pc2 : null);
        return new LatentProjection(d, true, mean, pc1, pc2);
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

    /** Power iteration for the dominant eigenvector of a symmetric positive semi-definite matrix. */
    private static double[] topEigenvector(double[][] m, double[] start) {
        int d = m.length;
        double[] v = new double[d];
        if (start != null) {
            System.arraycopy(start, 0, v, 0, d);
        }
        if (norm(v) == 0) {
            for (int j = 0; j < d; j++) {
                v[j] = 1 + 0.1 * j; // not orthogonal to any eigenvector in practice
            }
        }
        normalize(v);
        double[] next = new double[d];
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            for (int a = 0; a < d; a++) {
                double s = 0;
                for (int b = 0; b < d; b++) {
                    s += m[a][b] * v[b];
                }
                next[a] = s;
            }
            if (norm(next) == 0) {
                return v; // a zero matrix: any direction will do
            }
            normalize(next);
            double change = 0;
            for (int j = 0; j < d; j++) {
                change += (next[j] - v[j]) * (next[j] - v[j]);
            }
            System.arraycopy(next, 0, v, 0, d);
            if (change < POWER_TOLERANCE) {
                break;
            }
        }
        return v;
    }

    private static double rayleigh(double[][] m, double[] v) {
        double s = 0;
        for (int a = 0; a < v.length; a++) {
            for (int b = 0; b < v.length; b++) {
                s += v[a] * m[a][b] * v[b];
            }
        }
        return s;
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

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static void normalize(double[] v) {
        double n = norm(v);
        if (n > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= n;
            }
        }
    }

    private static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j];
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
