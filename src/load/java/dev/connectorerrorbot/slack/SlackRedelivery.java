package dev.connectorerrorbot.slack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Delivers Events API requests the way Slack does: signed at each try, acked only by a 2xx answer within 3 s; a
 * refused connection, any other status or no answer in time is tried again with {@code X-Slack-Retry-Num} 1 to 3
 * and {@code X-Slack-Retry-Reason} after each of {@code retryDelays} (Slack's own: at once, 1 min, 5 min), and
 * after the third retry Slack gives up on the event. Each try goes where the {@link Balancer} sends it.
 */
final class SlackRedelivery implements AutoCloseable {
    /** Slack waits this long for an answer before it counts the try as failed (http_timeout). */
    static final Duration ACK_WITHIN = Duration.ofSeconds(3);
    private static final int PENDING = 0;
    private static final int ACKED = 1;
    private static final int GAVE_UP = 2;

    private final List<Duration> retryDelays;
    private final Balancer balancer;
    private final SlackSigner signer = new SlackSigner(TestBot.SIGNING_SECRET);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ACK_WITHIN).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicIntegerArray states;
    private final AtomicLongArray firstSentNanos;
    private final AtomicInteger retriesSent = new AtomicInteger();
    private final Map<String, AtomicInteger> retryReasons = new ConcurrentHashMap<>();
    private final Queue<Long> ackMillis = new ConcurrentLinkedQueue<>();
    /** Tries not answered within 3 s, by the 10-second window of the run they were sent in. */
    private final Map<Long, AtomicInteger> timeoutsByWindow = new ConcurrentHashMap<>();
    private final long startedNanos = System.nanoTime();

    SlackRedelivery(int events, List<Duration> retryDelays, Balancer balancer) {
        this.retryDelays = List.copyOf(retryDelays);
        this.balancer = balancer;
        this.states = new AtomicIntegerArray(events);
        this.firstSentNanos = new AtomicLongArray(events);
    }

    /** Sends event {@code index} for the first time; retries follow on their own. */
    void deliver(int index, String body) {
        firstSentNanos.set(index, System.nanoTime());
        attempt(index, body.getBytes(StandardCharsets.UTF_8), 0, null);
    }

    long firstSentNanos(int index) {
        return firstSentNanos.get(index);
    }

    boolean acked(int index) {
        return states.get(index) == ACKED;
    }

    boolean gaveUp(int index) {
        return states.get(index) == GAVE_UP;
    }

    /** Whether every event sent so far was acked or given up, so that no retry is still to come. */
    boolean settled(int sent) {
        for (int index = 0; index < sent; index++) {
            if (states.get(index) == PENDING) {
                return false;
            }
        }
        return true;
    }

    int retriesSent() {
        return retriesSent.get();
    }

    /** Retries sent, by the reason Slack gave for each. */
    Map<String, Integer> retryReasons() {
        Map<String, Integer> counts = new TreeMap<>();
        retryReasons.forEach((reason, count) -> counts.put(reason, count.get()));
        return counts;
    }

    /** The time each acked try took to be answered, in milliseconds, sorted. */
    List<Long> ackMillis() {
        return ackMillis.stream().sorted().toList();
    }

    /** Tries that got no answer within 3 s, by the second of the run (rounded down to 10 s) they were sent at. */
    Map<Long, Integer> timeoutsByWindow() {
        Map<Long, Integer> counts = new TreeMap<>();
        timeoutsByWindow.forEach((window, count) -> counts.put(window, count.get()));
        return counts;
    }

    private void attempt(int index, byte[] body, int retry, String reason) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(balancer.pick(index, retry).eventsUrl())
                .timeout(ACK_WITHIN)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retry)).header("X-Slack-Retry-Reason", reason);
            retriesSent.incrementAndGet();
            retryReasons.computeIfAbsent(reason, key -> new AtomicInteger()).incrementAndGet();
        }
        long sentNanos = System.nanoTime();
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                ackMillis.add((System.nanoTime() - sentNanos) / 1_000_000);
                states.set(index, ACKED);
                return;
            }
            String nextReason = failure == null ? "http_error" : reason(failure);
            if (nextReason.equals("http_timeout")) {
                timeoutsByWindow.computeIfAbsent((sentNanos - startedNanos) / 10_000_000_000L * 10,
                        window -> new AtomicInteger()).incrementAndGet();
            }
            if (retry == retryDelays.size()) {
                states.set(index, GAVE_UP);
                return;
            }
            timer.schedule(() -> attempt(index, body, retry + 1, nextReason), retryDelays.get(retry).toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** Slack's X-Slack-Retry-Reason for a try that got no HTTP answer. */
    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "http_timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection_failed";
        }
        return cause instanceof IOException ? "connection_failed" : "unknown_error";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Where each try of an event goes, as the load balancer in front of the bot decides. */
    interface Balancer {
        JarReplica pick(int index, int retry);
    }
}
