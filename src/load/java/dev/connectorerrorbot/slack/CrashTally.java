package dev.connectorerrorbot.slack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Counts, per event, the replies the fake Slack holds in the event's thread, and prints the crash run's figures:
 * an acked event with no reply is lost, an event with more than one reply is duplicated.
 */
record CrashTally(int events, int retries, Map<String, Integer> retryReasons, int acked, int neverAcked,
        int neverAckedAnswered, int posts, int apologies, int answered, int lost, int duplicated,
        List<String> lostExamples, List<String> duplicatedExamples, List<Long> latenciesMillis, long lastReplyNanos) {

    static CrashTally of(FakeSlack slack, SlackRedelivery slackSide, int events, IntFunction<String> threadOf) {
        Map<String, Integer> postsPerThread = new HashMap<>();
        List<SlackCall> accepted = slack.acceptedPosts();
        int apologies = 0;
        for (SlackCall post : accepted) {
            postsPerThread.merge(post.field("channel") + "/" + post.field("thread_ts"), 1, Integer::sum);
            apologies += post.text() != null && post.text().startsWith("Sorry") ? 1 : 0;
        }
        int acked = 0;
        int neverAcked = 0;
        int neverAckedAnswered = 0;
        int answered = 0;
        int lost = 0;
        int duplicated = 0;
        List<String> lostExamples = new ArrayList<>();
        List<String> duplicatedExamples = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        long lastReply = 0;
        for (int index = 0; index < events; index++) {
            String thread = threadOf.apply(index);
            int replies = postsPerThread.getOrDefault(thread, 0);
            if (slackSide.acked(index)) {
                acked++;
                if (replies == 0) {
                    lost++;
                    addExample(lostExamples, thread);
                }
            } else {
                neverAcked++;
                neverAckedAnswered += replies > 0 ? 1 : 0;
            }
            if (replies > 1) {
                duplicated++;
                addExample(duplicatedExamples, thread + " (" + replies + ")");
            }
            if (replies > 0) {
                answered++;
                String[] channelAndTs = thread.split("/");
                long landed = slack.firstPostNanos(channelAndTs[0], channelAndTs[1]);
                latencies.add((landed - slackSide.firstSentNanos(index)) / 1_000_000);
                lastReply = Math.max(lastReply, landed);
            }
        }
        Collections.sort(latencies);
        return new CrashTally(events, slackSide.retriesSent(), slackSide.retryReasons(), acked, neverAcked,
                neverAckedAnswered, accepted.size(), apologies, answered, lost, duplicated, lostExamples,
                duplicatedExamples, latencies, lastReply);
    }

    /** Prints the figures; true when nothing acked was lost and nothing was answered twice. */
    boolean report(List<String> kills, boolean drained, long startedNanos, String loadBefore, String loadAfter) {
        System.out.printf("events sent: %d; Slack retries sent: %d %s%n", events, retries, retryReasons);
        System.out.printf("acked: %d; never acked after Slack's last retry: %d (answered all the same: %d)%n", acked,
                neverAcked, neverAckedAnswered);
        System.out.printf("replies posted: %d, events answered: %d%n", posts, answered);
        System.out.printf("LOST (acked, no reply): %d %s%n", lost, lostExamples);
        System.out.printf("DUPLICATED (more than one reply): %d %s%n", duplicated, duplicatedExamples);
        System.out.printf("kills (SIGKILL): %d %s%n", kills.size(), kills);
        System.out.printf("event->reply: p50 %d ms, p99 %d ms, max %d ms%n", percentile(50), percentile(99),
                latenciesMillis.isEmpty() ? 0 : latenciesMillis.get(latenciesMillis.size() - 1));
        System.out.printf("wall time: %.1f s, the last reply at %.1f s (queue drained and Slack quiet: %s);"
                + " load average before: %s, after: %s%n", (System.nanoTime() - startedNanos) / 1e9,
                (lastReplyNanos - startedNanos) / 1e9, drained, loadBefore, loadAfter);
        return lost == 0 && duplicated == 0 && drained;
    }

    private long percentile(int percent) {
        return latenciesMillis.isEmpty() ? 0
                : latenciesMillis.get(Math.min(latenciesMillis.size() - 1, latenciesMillis.size() * percent / 100));
    }

    private static void addExample(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }
}
