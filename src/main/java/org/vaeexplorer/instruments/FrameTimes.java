package org.vaeexplorer.instruments;

import java.util.ArrayList;
import java.util.List;

/**
 * Frame rate and frame gaps from the times (System.nanoTime) at which an AnimationTimer ran: a frame the FX
 * thread was too busy for is a missing frame, so the gaps between the times are the stalls a user sees.
 */
final class FrameTimes {

    private final List<Long> times;
    private final List<Long> gaps = new ArrayList<>();

    /**
     * @param times  frame times, in order
     * @param before the last frame time before them (so the gap across a report's boundary counts), or -1
     */
    FrameTimes(List<Long> times, long before) {
        this.times = List.copyOf(times);
        long previous = before;
        for (long t : this.times) {
            if (previous >= 0) {
                gaps.add(t - previous);
            }
            previous = t;
        }
    }

    int frames() {
        return times.size();
    }

    /** Frames per second between the first and the last frame, 0 with fewer than two. */
    double fps() {
        double seconds = times.size() < 2 ? 0 : (times.get(times.size() - 1) - times.get(0)) / 1e9;
        return seconds > 0 ? (times.size() - 1) / seconds : 0;
    }

    double maxGapMillis() {
        return gaps.stream().mapToLong(Long::longValue).max().orElse(0) / Stats.NANOS_PER_MS;
    }

    double gapPercentileMillis(double p) {
        return Stats.percentileMillis(gaps, p);
    }

    long gapsOverMillis(double millis) {
        return gaps.stream().filter(g -> g > millis * Stats.NANOS_PER_MS).count();
    }
}
