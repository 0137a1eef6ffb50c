package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.util.Arrays;

/**
 * End-to-end latency of the bot and the bare app, one mention at a time, interleaved (bot, bare, bare, bot, ...) so
 * that the load of a shared machine falls on both alike. Warm-up mentions are sent the same way and discarded.
 */
final class LatencyRun {
    private final MentionSender sender;

    LatencyRun(MentionSender sender) {
        this.sender = sender;
    }

    /** Latency samples of each app, in nanoseconds, and the mentions that got no reply in time. */
    record Samples(long[] bot, long[] bare, int botMissing, int bareMissing) {
    }

    Samples run(AppProcess bot, AppProcess bare, int warmUp, int measured) throws IOException, InterruptedException {
        for (int round = 0; round < warmUp; round++) {
            sender.timeOneMention(round % 2 == 0 ? bot : bare);
            sender.timeOneMention(round % 2 == 0 ? bare : bot);
        }
        long[] botSamples = new long[measured];
        long[] bareSamples = new long[measured];
        int botCount = 0;
        int bareCount = 0;
        for (int round = 0; round < measured; round++) {
            boolean botFirst = round % 2 == 0;
            long first = sender.timeOneMention(botFirst ? bot : bare);
            long second = sender.timeOneMention(botFirst ? bare : bot);
            long botTime = botFirst ? first : second;
            long bareTime = botFirst ? second : first;
            if (botTime >= 0) {
                botSamples[botCount++] = botTime;
            }
            if (bareTime >= 0) {
                bareSamples[bareCount++] = bareTime;
            }
        }
        return new Samples(Arrays.copyOf(botSamples, botCount), Arrays.copyOf(bareSamples, bareCount),
                measured - botCount, measured - bareCount);
    }
}
