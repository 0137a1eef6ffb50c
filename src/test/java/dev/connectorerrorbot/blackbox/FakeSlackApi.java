package dev.connectorerrorbot.blackbox;

import dev.connectorerrorbot.slack.SlackCall;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Slack's Web API and response_url endpoints, faked on 127.0.0.1 for a bot running in another process: answers
 * the methods the bot calls at start and when it replies, and records every call in arrival order.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "UBOT";
    private static final long TIMEOUT_SECONDS = 20;

    private final MockWebServer server = new MockWebServer();
    private final List<SlackCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, BlockingQueue<SlackCall>> callsByMethod = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();

    FakeSlackApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** The value for SLACK_API_URL. */
    URI apiUrl() {
        return server.url("/api/").uri();
    }

    /** A fresh response_url on this fake, as Slack puts one in every slash command. */
    String responseUrl() {
        return server.url("/respond/" + UUID.randomUUID()).toString();
    }

    /** Waits for the next call of a Web API method, or of "response_url"; null when none came in time. */
    SlackCall next(String method) throws InterruptedException {
        return queue(method).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Every call so far. */
    List<SlackCall> calls() {
        return List.copyOf(calls);
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        if (path.startsWith("/respond/")) {
            record(new SlackCall("response_url", path, Map.of(), body, request.getHeaders().get("Authorization")));
            return json("ok");
        }
        String method = path.startsWith("/api/") ? path.substring("/api/".length()) : path;
        SlackCall call = new SlackCall(method, path,
                SlackCall.arguments(request.getHeaders().get("Content-Type"), body), body,
                request.getHeaders().get("Authorization"));
        record(call);
        return json(switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\","
                    + "\"user\":\"connector-error-bot\",\"team_id\":\"T0FAKE\",\"user_id\":\"" + BOT_USER + "\","
                    + "\"bot_id\":\"BBOT\"}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + call.field("channel")
                    + "\",\"ts\":\"1700000900." + String.format("%06d", messages.incrementAndGet()) + "\"}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + call.field("user") + "\",\"locale\":\"en-US\"}}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        });
    }

    private void record(SlackCall call) {
        calls.add(call);
        queue(call.method()).add(call);
    }

    private BlockingQueue<SlackCall> queue(String method) {
        return callsByMethod.computeIfAbsent(method, key -> new LinkedBlockingQueue<>());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
