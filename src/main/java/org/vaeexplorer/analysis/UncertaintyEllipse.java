package org.vaeexplorer.analysis;

/**
 * The k-sigma ellipse of a diagonal Gaussian in latent space, seen on the plane. With P = [pc1 pc2]
 * (orthonormal columns) the plane coordinates are P^T (z - m), so their covariance is
 * P^T diag(sigma^2) P, a 2x2 matrix whose eigenvectors and square-rooted eigenvalues give the axes.
 * For a 2-D latent P is the identity and the ellipse is axis-aligned with semi-axes k sigma_1, k sigma_2.
 *
 * @param u        centre, plane units
 * @param v        centre, plane units
 * @param major    semi-axis along {@code angle}, plane units
 * @param minor    the other semi-axis
 * @param angle    direction of the major axis, radians from the u axis
 */
public record UncertaintyEllipse(double u, double v, double major, double minor, double angle) {

    public static UncertaintyEllipse of(LatentProjection projection, LatentProbe probe, double sigmas) {
        int d = projection.latentSize();
        float[] u = new float[1];
        float[] v = new float[1];
        projection.project(probe.mean(), 1, u, v);
        float[] p1 = projection.firstComponent();
        float[] p2 = projection.secondComponent();
        double a = 0;
        double b = 0;
        double c = 0;
        for (int j = 0; j < d; j++) {
            double variance = Math.exp(probe.logVariance()[j]);
            a += p1[j] * p1[j] * variance;
            b += p1[j] * p2[j] * variance;
            c += p2[j] * p2[j] * variance;
        }
        // Eigenvalues of [[a, b], [b, c]], closed form: runs per drag; ND4J's solver measured ~1000x slower.
        double mean = (a + c) / 2;
        double root = Math.sqrt(((a - c) / 2) * ((a - c) / 2) + b * b);
        double large = mean + root;
        double small = Math.max(0, mean - root);
        double angle = 0.5 * Math.atan2(2 * b, a - c);
        return new UncertaintyEllipse(u[0], v[0], sigmas * Math.sqrt(large), sigmas * Math.sqrt(small), angle);
    }

    /** {@code n} points around the outline, as plane coordinates u0, v0, u1, v1, ... */
    public double[] outline(int n) {
        double[] out = new double[2 * n];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double x = major * Math.cos(t);
            double y = minor * Math.sin(t);
            out[2 * i] = u + x * cos - y * sin;
            out[2 * i + 1] = v + x * sin + y * cos;
        }
        return out;
    }
}
