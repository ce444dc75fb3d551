package org.vaeexplorer.instruments;

import org.vaeexplorer.evaluation.Percentile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Summaries of repeated timings. */
final class Stats {

    private Stats() {
    }

    /** {@link Percentile#nearestRank}: p99 of 1000 timings is the 990th smallest, an actual measurement. */
    static double percentile(double[] samples, double p) {
        return Percentile.nearestRank(samples, p);
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
