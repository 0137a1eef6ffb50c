package dev.connectorerrorbot.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of latency samples in nanoseconds, reported in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("percentiles need at least one sample");
        }
        sorted = samples.clone();
        Arrays.sort(sorted);
    }

    double millis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    int count() {
        return sorted.length;
    }
}
