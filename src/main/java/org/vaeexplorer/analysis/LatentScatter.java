package org.vaeexplorer.analysis;

import java.util.Arrays;

/**
 * The test images as points on the latent plane: (u[i], v[i]) with digit label labels[i], plus robust
 * bounds (the 0.5 and 99.5 percentiles, so a few outliers do not shrink the picture) for fitting the view.
 * Built on a worker thread; the arrays are never written afterwards.
 */
public record LatentScatter(float[] u, float[] v, byte[] labels, double minU, double maxU, double minV, double maxV) {

    private static final double OUTLIER_FRACTION = 0.005;

    public static LatentScatter of(float[] u, float[] v, byte[] labels) {
        if (u.length != v.length || u.length != labels.length) {
            throw new IllegalArgumentException("u, v and labels differ in length");
        }
        double[] rangeU = robustRange(u);
        double[] rangeV = robustRange(v);
        return new LatentScatter(u, v, labels, rangeU[0], rangeU[1], rangeV[0], rangeV[1]);
    }

    public int size() {
        return u.length;
    }

    private static double[] robustRange(float[] values) {
        if (values.length == 0) {
            return new double[] {-1, 1};
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        int cut = (int) (sorted.length * OUTLIER_FRACTION);
        double lo = sorted[cut];
        double hi = sorted[sorted.length - 1 - cut];
        if (hi - lo < 1e-6) {
            lo -= 0.5;
            hi += 0.5;
        }
        return new double[] {lo, hi};
    }
}
