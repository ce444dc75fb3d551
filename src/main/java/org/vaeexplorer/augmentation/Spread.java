package org.vaeexplorer.augmentation;

import java.util.Arrays;

/** A figure over several seeds: its mean, sample standard deviation (n - 1; 0 for one seed), least and largest. */
public record Spread(double mean, double sd, double min, double max) {

    public static Spread of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sd = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
        return new Spread(mean, sd, Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }
}
