package org.vaeexplorer.instruments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Summaries of repeated timings. */
final class Stats {

    private Stats() {
    }

    /**
     * The nearest-rank percentile: the smallest sample with at least {@code p} percent of the samples at or
     * below it, so p99 of 1000 timings is the 990th smallest. Always an actual measurement, never an
     * interpolation between two.
     */
    static double percentile(double[] samples, double p) {
        // Kept: the class path's only statistics library, commons-math3, comes undeclared through ND4J.
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

    /** {@link #percentile} of nanosecond timings in milliseconds, NaN when there are none (nothing was measured). */
    static double percentileMillis(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        return percentile(nanos.stream().mapToDouble(Long::doubleValue).toArray(), p) / NANOS_PER_MS;
    }

    /** The nearest-rank median (the lower middle value for an even count). */
    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    static double mean(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        return Arrays.stream(samples).sum() / samples.length;
    }

    /** One decimal, as the reports print figures. */
    static double round(double value) {
        return Double.isFinite(value) ? Double.parseDouble(String.format(Locale.ROOT, "%.1f", value)) : value;
    }

    static final double NANOS_PER_MS = 1e6;
}
