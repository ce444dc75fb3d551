package org.vaeexplorer.evaluation;

import java.util.Arrays;

/** Percentiles of measured values, for the evaluation's figures and the instruments' timings alike. */
public final class Percentile {

    private Percentile() {
    }

    /**
     * The nearest-rank percentile: the smallest value with at least {@code p} percent of the values at or below
     * it, so p99 of 1000 values is the 990th smallest. Always one of the values, never an interpolation.
     */
    public static double nearestRank(double[] values, double p) {
        // Kept by hand: the class path's only statistics library, commons-math3, comes undeclared through ND4J.
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
