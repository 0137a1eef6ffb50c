package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Slack's Web API on 127.0.0.1 for the benchmark: answers auth.test, users.info and chat.postMessage with
 * {@code ok:true}, and notes the {@link System#nanoTime()} at which each threaded chat.postMessage arrives.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "UBOT";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, CompletableFuture<Long>> awaitedReplies = new ConcurrentHashMap<>();
    private final AtomicLong postedCount = new AtomicLong();
    private final LongAdder unexpectedReplies = new LongAdder();
    private final Thread drainer;

    FakeSlackApi() throws IOException {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        // MockWebServer keeps every request for takeRequest(); a long run would pile them up in memory.
        drainer = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    server.takeRequest();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "fake-slack-drainer");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** The SLACK_API_URL to give the apps. */
    String apiUrl() {
        return server.url("/api/").toString();
    }

    /** Completes with the arrival time of the chat.postMessage in thread {@code threadTs}; call before sending. */
    CompletableFuture<Long> awaitReply(String threadTs) {
        CompletableFuture<Long> arrival = new CompletableFuture<>();
        awaitedReplies.put(threadTs, arrival);
        return arrival;
    }

    /** Forgets a reply that never came, so that a late one is counted as unexpected. */
    void forget(String threadTs) {
        awaitedReplies.remove(threadTs);
    }

    long unexpectedReplies() {
        return unexpectedReplies.sum();
    }

    private MockResponse answer(RecordedRequest request) {
        long arrival = System.nanoTime();
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        switch (method) {
            case "auth.test":
                return json("{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"bot\","
                        + "\"team_id\":\"T0FAKE\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BBOT\"}");
            case "users.info":
                return json("{\"ok\":true,\"user\":{\"id\":\"" + field(body, "user") + "\",\"locale\":\"en-US\"}}");
            case "chat.postMessage":
                String threadTs = field(body, "thread_ts");
                CompletableFuture<Long> awaited = threadTs == null ? null : awaitedReplies.remove(threadTs);
                if (awaited != null) {
                    awaited.complete(arrival);
                } else {
                    unexpectedReplies.increment();
                }
                return json("{\"ok\":true,\"channel\":\"" + field(body, "channel") + "\",\"ts\":\"1800000000."
                        + String.format("%06d", postedCount.incrementAndGet() % 1_000_000) + "\"}");
            default:
                return json("{\"ok\":true}");
        }
    }

    /** The first value of a form field (Bolt 1.45.4 sends thread_ts twice). */
    private static String field(String formBody, String name) {
        for (String pair : formBody.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    @Override
    public void close() {
        drainer.interrupt();
        server.close();
    }
}
