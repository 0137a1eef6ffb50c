package dev.connectorerrorbot.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Slack's Web API on 127.0.0.1 for the benchmark: answers auth.test, users.info and chat.postMessage with
 * {@code ok:true}, and notes the {@link System#nanoTime()} at which each threaded chat.postMessage arrives. For
 * Socket Mode apps it also answers apps.connections.open with a WebSocket of its own for each app token, says hello
 * on it, and counts the acks that come back.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "UBOT";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, CompletableFuture<Long>> awaitedReplies = new ConcurrentHashMap<>();
    private final AtomicLong postedCount = new AtomicLong();
    private final LongAdder unexpectedReplies = new LongAdder();
    private final Thread drainer;
    /** Each Socket Mode app's connection, by the app token it opened it with; completes at hello. */
    private final Map<String, CompletableFuture<WebSocket>> sockets = new ConcurrentHashMap<>();
    private final LongAdder acks = new LongAdder();

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

    /** The Socket Mode connection of the app with {@code appToken}; completes when the app has been said hello to. */
    CompletableFuture<WebSocket> socket(String appToken) {
        return sockets.computeIfAbsent(appToken, token -> new CompletableFuture<>());
    }

    /** Acks received on every Socket Mode connection so far. */
    long acks() {
        return acks.sum();
    }

    private MockResponse answer(RecordedRequest request) {
        long arrival = System.nanoTime();
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/link/")) {
            return new MockResponse.Builder().webSocketUpgrade(new SocketModeServer(path.substring(6))).build();
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType != null && contentType.startsWith("application/json")) {
            body = asForm(body);
        }
        switch (method) {
            case "auth.test":
                return json("{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"bot\","
                        + "\"team_id\":\"T0FAKE\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BBOT\"}");
            case "apps.connections.open":
                String authorization = request.getHeaders().get("Authorization");
                String appToken = authorization == null ? "" : authorization.replace("Bearer ", "");
                return json("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + server.getPort() + "/link/" + appToken
                        + "\"}");
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

    /**
     * A JSON body's top-level string arguments as a form body: Slack takes the arguments of chat.postMessage either
     * way (the bot sends JSON, Bolt's MethodsClient a form).
     */
    private static String asForm(String json) {
        StringBuilder form = new StringBuilder();
        for (Map.Entry<String, JsonElement> member : JsonParser.parseString(json).getAsJsonObject().entrySet()) {
            if (member.getValue().isJsonPrimitive()) {
                form.append(form.length() == 0 ? "" : "&").append(member.getKey()).append('=')
                        .append(URLEncoder.encode(member.getValue().getAsString(), StandardCharsets.UTF_8));
            }
        }
        return form.toString();
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
        // MockWebServer waits for open WebSockets when it closes and gives up with an AssertionError.
        sockets.values().forEach(socket -> {
            WebSocket open = socket.getNow(null);
            if (open != null) {
                open.close(1001, "benchmark over");
            }
        });
        try {
            server.close();
        } catch (AssertionError stillOpen) {
            System.out.println("[bench] the fake Slack closed with a connection still open: " + stillOpen.getMessage());
        }
    }

    /** The server side of one app's Socket Mode connection: hello first, as Slack says it, then acks counted. */
    private final class SocketModeServer extends WebSocketListener {
        private final String appToken;

        SocketModeServer(String appToken) {
            this.appToken = appToken;
        }

        @Override
        public void onOpen(WebSocket webSocket, okhttp3.Response response) {
            webSocket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":3600},\"connection_info\":{\"app_id\":\"AFAKE\"}}");
            socket(appToken).complete(webSocket);
            // a reconnection replaces the connection that envelopes go to
            sockets.put(appToken, CompletableFuture.completedFuture(webSocket));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (text.contains("\"envelope_id\"")) {
                acks.increment();
            }
        }
    }
}
