package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * End-to-end latency of several apps, one mention at a time, interleaved: each round sends one mention to every
 * app, starting with a different app each round, so that the load of a shared machine and the cost of waking up
 * after another app's turn fall on all of them alike. Warm-up mentions are sent the same way and discarded.
 */
final class LatencyRun {
    private final MentionSender sender;

    LatencyRun(MentionSender sender) {
        this.sender = sender;
    }

    /** One app's latency samples, in nanoseconds, and the mentions it did not answer in time. */
    record Samples(long[] nanos, int missing) {
    }

    /** The samples of each app, in the order of {@code apps}. */
    List<Samples> run(List<AppProcess> apps, int warmUp, int measured) throws IOException, InterruptedException {
        for (int round = 0; round < warmUp; round++) {
            for (int turn = 0; turn < apps.size(); turn++) {
                sender.timeOneMention(apps.get((round + turn) % apps.size()));
            }
        }
        long[][] samples = new long[apps.size()][measured];
        int[] counts = new int[apps.size()];
        for (int round = 0; round < measured; round++) {
            for (int turn = 0; turn < apps.size(); turn++) {
                int app = (round + turn) % apps.size();
                long nanos = sender.timeOneMention(apps.get(app));
                if (nanos >= 0) {
                    samples[app][counts[app]++] = nanos;
                }
            }
        }
        List<Samples> result = new ArrayList<>();
        for (int app = 0; app < apps.size(); app++) {
            result.add(new Samples(Arrays.copyOf(samples[app], counts[app]), measured - counts[app]));
        }
        return result;
    }
}
