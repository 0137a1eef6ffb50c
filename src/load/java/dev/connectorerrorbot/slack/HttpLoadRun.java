package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.slack.outbound.ReplyWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test of HTTP mode, run by the bench profile only: 2,000 signed app_mention events in bursts against the fake
 * Slack, which answers some Web API calls with 429 + Retry-After, 500, a slow answer or a dropped connection, while
 * some events are sent again as Slack retries (X-Slack-Retry-Num) right away, as when the first ack was slow.
 * Prints events sent, replies posted, duplicates, lost, and p50/p99 from sending an event to its reply landing.
 */
public final class HttpLoadRun {
    private static final int EVENTS = Integer.getInteger("load.events", 2_000);
    private static final int BURST = 200;
    private static final int CHANNELS = 200;
    private static final long SEED = Long.getLong("load.seed", 5L);

    private HttpLoadRun() {
    }

    public static void main(String[] arguments) throws Exception {
        SplittableRandom faults = new SplittableRandom(SEED);
        Path database = Files.createTempDirectory("load").resolve("bot.db");
        try (FakeSlack slack = new FakeSlack();
                TestBot bot = TestBot.start(TestBot.settings(Mode.HTTP, slack.apiUrl(), database), slack)) {
            slack.injectByPolicy(call -> pickFault(call, faults));
            Map<Integer, Long> sentNanos = new HashMap<>();
            AtomicInteger retriesSent = new AtomicInteger();
            AtomicInteger badAcks = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(32);
            SplittableRandom retries = new SplittableRandom(SEED + 1);
            long started = System.nanoTime();
            for (int burst = 0; burst * BURST < EVENTS; burst++) {
                List<Future<?>> acks = new ArrayList<>();
                for (int index = burst * BURST; index < Math.min(EVENTS, (burst + 1) * BURST); index++) {
                    String event = event(index);
                    int slackRetries = retries.nextInt(10) == 0 ? 1 + retries.nextInt(3) : 0;
                    sentNanos.put(index, System.nanoTime());
                    acks.add(senders.submit(() -> {
                        send(bot, event, 0, badAcks);
                        for (int retry = 1; retry <= slackRetries; retry++) {
                            retriesSent.incrementAndGet();
                            send(bot, event, retry, badAcks);
                        }
                        return null;
                    }));
                }
                for (Future<?> ack : acks) {
                    ack.get();
                }
            }
            senders.shutdown();
            boolean idle = bot.instance(ReplyWork.class).awaitIdle(Duration.ofMinutes(10));
            report(slack, sentNanos, retriesSent.get(), badAcks.get(), idle, System.nanoTime() - started);
        }
    }

    private static Fault pickFault(SlackCall call, SplittableRandom random) {
        if (!call.method().equals("chat.postMessage")) {
            return null;
        }
        synchronized (random) {
            int roll = random.nextInt(100);
            return roll < 5 ? Fault.RATE_LIMITED : roll < 10 ? Fault.SERVER_ERROR : roll < 15 ? Fault.SLOW
                    : roll < 18 ? Fault.DROPPED_AFTER_ACCEPTING : null;
        }
    }

    private static String channel(int index) {
        return "C0LOAD" + (index % CHANNELS);
    }

    private static String ts(int index) {
        return "1700002000." + String.format("%06d", index);
    }

    private static String event(int index) {
        return Payloads.load("app_mention_top_level.json").replace("C0ALERTS", channel(index))
                .replace("1700000100.000100", ts(index)).replace("Ev0MENTIONTOP", "Ev0LOAD" + index);
    }

    private static void send(TestBot bot, String event, int retry, AtomicInteger badAcks) throws Exception {
        Ack ack = retry == 0 ? bot.event(event) : bot.eventWithHeaders(event, Map.of("X-Slack-Retry-Num",
                Integer.toString(retry), "X-Slack-Retry-Reason", "http_timeout"));
        if (ack.status() != 200) {
            badAcks.incrementAndGet();
        }
    }

    private static void report(FakeSlack slack, Map<Integer, Long> sentNanos, int retriesSent, int badAcks,
            boolean idle, long elapsedNanos) {
        Map<String, Integer> postsPerThread = new HashMap<>();
        int apologies = 0;
        for (SlackCall post : slack.acceptedPosts()) {
            postsPerThread.merge(post.field("channel") + "/" + post.field("thread_ts"), 1, Integer::sum);
            if (post.text() != null && post.text().startsWith("Sorry")) {
                apologies++;
            }
        }
        int lost = 0;
        int duplicates = 0;
        List<Long> latencies = new ArrayList<>();
        for (var sent : sentNanos.entrySet()) {
            int posts = postsPerThread.getOrDefault(channel(sent.getKey()) + "/" + ts(sent.getKey()), 0);
            if (posts == 0) {
                lost++;
            }
            duplicates += Math.max(0, posts - 1);
            Long landed = slack.firstPostNanos(channel(sent.getKey()), ts(sent.getKey()));
            if (landed != null) {
                latencies.add((landed - sent.getValue()) / 1_000_000);
            }
        }
        Collections.sort(latencies);
        System.out.printf("events sent: %d (+%d Slack-style retries), non-200 acks: %d%n", sentNanos.size(),
                retriesSent, badAcks);
        System.out.printf("replies posted: %d (apologies among them: %d), duplicates: %d, lost: %d%n",
                slack.acceptedPosts().size(), apologies, duplicates, lost);
        System.out.printf("Web API calls: %d chat.postMessage, %d conversations.replies checks%n",
                slack.calls("chat.postMessage").size(), slack.calls("conversations.replies").size());
        System.out.printf("latency event->reply: p50 %d ms, p99 %d ms, max %d ms; all replies done: %s in %.1f s%n",
                percentile(latencies, 50), percentile(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), idle, elapsedNanos / 1e9);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
