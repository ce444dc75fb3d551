package org.vaeexplorer.instruments;

import java.util.Arrays;

/** Summaries of repeated timings. */
public final class Stats {

    private Stats() {
    }

    /**
     * The nearest-rank percentile: the smallest sample with at least {@code p} percent of the samples at or
     * below it, so p99 of 1000 timings is the 990th smallest. Always an actual measurement, never an
     * interpolation between two.
     */
    static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The nearest-rank median (the lower middle value for an even count). */
    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    public static double mean(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        return Arrays.stream(samples).sum() / samples.length;
    }
}
