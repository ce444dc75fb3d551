package org.vaeexplorer.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

class StatsTest {

    /** 1, 2, ..., 1000 in a shuffled order. */
    private static final double[] THOUSAND = IntStream.range(0, 1000).mapToDouble(i -> (i * 389) % 1000 + 1).toArray();

    @Test
    void nearestRankPercentilesOfAThousandTimings() {
        assertThat(Stats.percentile(THOUSAND, 50)).isEqualTo(500);
        assertThat(Stats.percentile(THOUSAND, 99)).isEqualTo(990);
        assertThat(Stats.percentile(THOUSAND, 100)).isEqualTo(1000);
        assertThat(Stats.percentile(THOUSAND, 0.01)).isEqualTo(1);
    }

    @Test
    void percentileIsAlwaysAMeasuredValue() {
        double[] samples = {4, 1, 3, 2};

        assertThat(Stats.median(samples)).isEqualTo(2);
        assertThat(Stats.percentile(samples, 99)).isEqualTo(4);
        assertThat(Stats.percentile(new double[] {7}, 1)).isEqualTo(7);
    }

    @Test
    void percentileLeavesTheSamplesInTheirOrder() {
        double[] samples = {3, 1, 2};

        Stats.median(samples);

        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void mean() {
        assertThat(Stats.mean(new double[] {1, 2, 6})).isEqualTo(3);
    }

    @Test
    void noSamplesOrNoSuchPercentile() {
        assertThatThrownBy(() -> Stats.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(THOUSAND, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(THOUSAND, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(THOUSAND, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
