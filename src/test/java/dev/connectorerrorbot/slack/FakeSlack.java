package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Slack, faked on 127.0.0.1: a Web API that answers the methods the bot calls and records every call, response_url
 * endpoints, and a Socket Mode WebSocket that says hello, sends envelopes and collects the bot's acks.
 */
final class FakeSlack implements AutoCloseable {
    static final long TIMEOUT_SECONDS = 10;
    static final String BOT_USER = "UBOT";
    static final String JAPANESE_USER = "UJAPAN";
    /** users.info says this user is a workspace admin. */
    static final String ADMIN_USER = "UADMIN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<SlackCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, BlockingQueue<SlackCall>> callsByMethod = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<JsonNode>> acks = new ConcurrentHashMap<>();
    private final BlockingQueue<WebSocket> helloSent = new LinkedBlockingQueue<>();
    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    private final Set<String> failingOnce = ConcurrentHashMap.newKeySet();
    private final Map<String, BlockingQueue<Fault>> faults = new ConcurrentHashMap<>();
    private final List<SlackCall> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Long> firstAcceptedNanos = new ConcurrentHashMap<>();
    private volatile java.util.function.Function<SlackCall, Fault> faultPolicy = call -> null;
    private final AtomicInteger messageCounter = new AtomicInteger();
    /** Per accepted post, how many more looks at the thread or channel will not show it yet. */
    private final Map<SlackCall, AtomicInteger> hiddenForLooks = Collections.synchronizedMap(
            new IdentityHashMap<>());
    private volatile int historyLag;
    private volatile String authError;
    private final Map<String, FakeFile> files = new ConcurrentHashMap<>();
    private final Map<String, String> refusingChannels = new ConcurrentHashMap<>();
    private volatile int responseUrlStatus = 200;
    private volatile CountDownLatch postGate = new CountDownLatch(0);
    private volatile WebSocket socket;
    /** Where apps.connections.open sends the bot instead of this server's WebSocket, or null. */
    private volatile String socketUrlOverride;
    private volatile boolean rejectingUpgrades;
    private final List<okhttp3.Headers> socketUpgrades = new CopyOnWriteArrayList<>();

    FakeSlack() throws IOException {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    URI apiUrl() {
        return server.url("/api/").uri();
    }

    String responseUrl() {
        return server.url("/respond/" + UUID.randomUUID()).toString();
    }

    /** The scheme, host and port Slack's file URLs have in payloads, for {{FILES_URL}}. */
    String filesUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /**
     * Serves a file: files.info describes it with {@code fileJson} (a Slack file object), and its
     * url_private_download answers {@code content} to the bot token only, as Slack does. Without the right token Slack
     * answers with its sign-in page.
     */
    void serveFile(String fileId, String fileJson, byte[] content, String contentType) {
        files.put(fileId, new FakeFile(fileJson, content, contentType));
    }

    /** chat.postMessage and chat.postEphemeral into {@code channel} answer {@code ok:false} with {@code error}. */
    void refusePostsIn(String channel, String error) {
        refusingChannels.put(channel, error);
    }

    /** Every response_url answers this HTTP status from now on (404 is how Slack answers an expired one). */
    void answerResponseUrlsWith(int status) {
        responseUrlStatus = status;
    }

    /** auth.test answers {@code ok:false} with this error from now on, as for a revoked token. */
    void rejectTokens(String error) {
        authError = error;
    }

    /**
     * From now on apps.connections.open answers ok with a WebSocket URL on 127.0.0.1 where nobody listens, as when a
     * firewall refuses the connection to Slack's WebSocket host although the Web API can be reached.
     */
    void refuseSocketConnections() throws IOException {
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socketUrlOverride = "ws://127.0.0.1:" + closed.getLocalPort() + "/link";
        }
    }

    /** From now on the WebSocket upgrade is answered 403 instead of 101, as by a proxy that forbids WebSockets. */
    void rejectSocketUpgrades() {
        rejectingUpgrades = true;
    }

    /** From now on the bot's WebSocket opens again, as Slack's does when the network is back. */
    void acceptSocketConnections() {
        socketUrlOverride = null;
        rejectingUpgrades = false;
    }

    /** The next call of {@code method} answers {@code ok:false}, as when Slack refuses a message. */
    void failNext(String method) {
        failingOnce.add(method);
    }

    /** The next call of {@code method} meets {@code fault} instead of the normal answer; faults queue up in order. */
    void inject(String method, Fault fault) {
        faults.computeIfAbsent(method, key -> new LinkedBlockingQueue<>()).add(fault);
    }

    /** From now on chat.postMessage calls arrive but get no answer until {@link #releasePosts()}. */
    void holdPosts() {
        postGate = new CountDownLatch(1);
    }

    void releasePosts() {
        postGate.countDown();
    }

    /** From now on every call without a queued fault meets the fault {@code policy} picks (null for none). */
    void injectByPolicy(java.util.function.Function<SlackCall, Fault> policy) {
        faultPolicy = policy;
    }

    /**
     * From now on a post Slack carries out shows in conversations.replies and conversations.history only from the
     * look after {@code looks} looks that missed it, as when Slack's read side lags behind its writes.
     */
    void lagHistory(int looks) {
        historyLag = looks;
    }

    /** When the first post into {@code channel}'s thread {@code threadTs} was carried out, by System.nanoTime. */
    Long firstPostNanos(String channel, String threadTs) {
        return firstAcceptedNanos.get(channel + "/" + threadTs);
    }

    /** The posts Slack carried out (including those whose answer was then lost), in order. */
    List<SlackCall> acceptedPosts() {
        return List.copyOf(accepted);
    }

    /** Waits for the next call of a Web API method (or "response_url") the bot makes. */
    SlackCall next(String method) throws InterruptedException {
        SlackCall call = queue(method).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(call, "the bot made no " + method + " call within " + TIMEOUT_SECONDS + " s");
        return call;
    }

    /** The full response_url a recorded response_url call was posted to. */
    String responseUrlOf(SlackCall call) {
        return server.url(call.path()).toString();
    }

    /** The headers of every Socket Mode WebSocket upgrade request that reached Slack, in order. */
    List<okhttp3.Headers> socketUpgrades() {
        return List.copyOf(socketUpgrades);
    }

    /** Every call so far, startup included. */
    List<SlackCall> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one method so far, without waiting. */
    List<SlackCall> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Sends a Socket Mode envelope to the bot and waits for its ack. */
    JsonNode sendEnvelope(String type, String payloadJson) throws Exception {
        WebSocket connected = connectedSocket();
        String envelopeId = UUID.randomUUID().toString();
        String envelope = "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type
                + "\",\"accepts_response_payload\":" + !"events_api".equals(type) + ",\"payload\":" + payloadJson
                + ",\"retry_attempt\":0,\"retry_reason\":\"\"}";
        connected.send(envelope);
        JsonNode ack = ackQueue(envelopeId).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(ack, "the bot did not ack envelope " + envelopeId + " within " + TIMEOUT_SECONDS + " s");
        return ack;
    }

    /** Sends an envelope with a given id and retry count, as Slack does when it redelivers one; returns the ack. */
    JsonNode redeliverEnvelope(String envelopeId, String type, String payloadJson, int retryAttempt) throws Exception {
        connectedSocket().send("{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type
                + "\",\"accepts_response_payload\":false,\"payload\":" + payloadJson + ",\"retry_attempt\":"
                + retryAttempt + ",\"retry_reason\":\"timeout\"}");
        JsonNode ack = ackQueue(envelopeId).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(ack, "the bot did not ack envelope " + envelopeId + " within " + TIMEOUT_SECONDS + " s");
        return ack;
    }

    /** How many acks of {@code envelopeId} arrived that no send or redelivery has taken yet. */
    int acksNotTaken(String envelopeId) {
        return ackQueue(envelopeId).size();
    }

    /** Sends an envelope and does not wait for the ack: the connection is about to go. */
    void sendEnvelopeUnacked(String envelopeId, String type, String payloadJson) {
        connectedSocket().send("{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type
                + "\",\"accepts_response_payload\":false,\"payload\":" + payloadJson
                + ",\"retry_attempt\":0,\"retry_reason\":\"\"}");
    }

    /** Asks the bot to reconnect, the way Slack does before it refreshes a connection. */
    void sendDisconnect(String reason) {
        connectedSocket().send("{\"type\":\"disconnect\",\"reason\":\"" + reason
                + "\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /**
     * Closes the connection without a disconnect frame first, as a proxy or load balancer going away does (code
     * 1001). OkHttp 5.3.2 cannot cancel a server-side WebSocket, so this is the closest to a network drop.
     */
    void dropConnection() {
        connectedSocket().close(1001, "going away");
    }

    private WebSocket connectedSocket() {
        assertNotNull(socket, "no Socket Mode connection: call awaitConnection() after starting the bot");
        return socket;
    }

    /** Waits for a newly started bot's Socket Mode connection; envelopes go to it from then on. */
    void awaitConnection() throws InterruptedException {
        WebSocket opened = helloSent.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(opened, "the bot did not open a Socket Mode connection within " + TIMEOUT_SECONDS + " s");
        socket = opened;
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/link")) {
            socketUpgrades.add(request.getHeaders());
            if (rejectingUpgrades) {
                return new MockResponse.Builder().code(403).body("WebSockets are not allowed").build();
            }
            return new MockResponse.Builder().webSocketUpgrade(new SocketModeServer()).build();
        }
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String authorization = request.getHeaders().get("Authorization");
        if (path.startsWith("/respond/")) {
            record(new SlackCall("response_url", path, Map.of(), body, authorization));
            return responseUrlStatus == 200 ? json("ok")
                    : new MockResponse.Builder().code(responseUrlStatus).body("expired_url").build();
        }
        if (path.startsWith("/files-pri/")) {
            record(new SlackCall("file_download", path, Map.of(), "", authorization));
            return download(path, authorization);
        }
        String method = path.substring("/api/".length());
        SlackCall call = new SlackCall(method, path,
                SlackCall.arguments(request.getHeaders().get("Content-Type"), body), body, authorization);
        String host = request.getHeaders().get("Host");
        String refusal = call.field("channel") == null ? null : refusingChannels.get(call.field("channel"));
        if (refusal != null && (method.equals("chat.postMessage") || method.equals("chat.postEphemeral"))) {
            record(call);
            return json("{\"ok\":false,\"error\":\"" + refusal + "\"}");
        }
        if (failingOnce.remove(method)) {
            record(call);
            return json("{\"ok\":false,\"error\":\"invalid_blocks\"}");
        }
        Fault fault = faults.getOrDefault(method, new LinkedBlockingQueue<>()).poll();
        if (fault == null) {
            fault = faultPolicy.apply(call);
        }
        boolean carriedOut = fault == null || fault.isCarriedOut();
        if (carriedOut && method.equals("chat.postMessage")) {
            accepted.add(call);
            if (historyLag > 0) {
                hiddenForLooks.put(call, new AtomicInteger(historyLag));
            }
            firstAcceptedNanos.putIfAbsent(call.field("channel") + "/" + call.field("thread_ts"), System.nanoTime());
        }
        // Recorded only once its outcome is settled, so a test that saw the call also sees it accepted or not.
        record(call);
        if (method.equals("chat.postMessage")) {
            awaitGate();
        }
        if (!carriedOut) {
            return fault.response(json("{}"));
        }
        MockResponse answer = json(webApiAnswer(call, host));
        return fault == null ? answer : fault.response(answer);
    }

    private void awaitGate() {
        try {
            postGate.await(TIMEOUT_SECONDS * 3, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The answer to a Web API call; apps.connections.open hands out a WebSocket URL on the {@code host} the API was
     * called on, as Slack's is on its own domain, so a bot that reached the API only through a proxy needs the proxy
     * for the WebSocket too.
     */
    private String webApiAnswer(SlackCall call, String host) {
        return switch (call.method()) {
            case "auth.test" -> authError != null ? "{\"ok\":false,\"error\":\"" + authError + "\"}"
                    : "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"connector-error-bot\","
                    + "\"team_id\":\"T0FAKE\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BBOT\"}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\""
                    + (socketUrlOverride != null ? socketUrlOverride : "ws://" + host + "/link") + "\"}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + call.field("channel")
                    + "\",\"ts\":\"1700000000." + String.format("%06d", messageCounter.incrementAndGet()) + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000001.000001\"}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + call.field("user") + "\",\"locale\":\""
                    + (JAPANESE_USER.equals(call.field("user")) ? "ja-JP" : "en-US") + "\",\"is_admin\":"
                    + ADMIN_USER.equals(call.field("user")) + "}}";
            case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V0HOME\",\"type\":\"home\"}}";
            case "conversations.replies", "conversations.history" -> history(call);
            case "files.info" -> files.containsKey(call.field("file"))
                    ? "{\"ok\":true,\"file\":" + files.get(call.field("file")).json().replace("{{FILES_URL}}", filesUrl())
                    + "}" : "{\"ok\":false,\"error\":\"file_not_found\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + call.field("bot") + "\",\"user_id\":\"UOTHERBOT\"}}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    /** A file's bytes to the bot token; Slack's sign-in page to anyone else; 404 for a file nobody served. */
    private MockResponse download(String path, String authorization) {
        String fileId = path.substring("/files-pri/".length()).replaceFirst("^[^-]*-([^/]*)/.*$", "$1");
        FakeFile file = files.get(fileId);
        if (file == null) {
            return new MockResponse.Builder().code(404).body("file_not_found").build();
        }
        if (!("Bearer " + TestBot.BOT_TOKEN).equals(authorization)) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                    .body("<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>").build();
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", file.contentType())
                .body(new okio.Buffer().write(file.content())).build();
    }

    /** A file Slack holds: its files.info object and its bytes. */
    private record FakeFile(String json, byte[] content, String contentType) {
    }

    /** The accepted posts of the channel (and thread, for conversations.replies), with their metadata. */
    private String history(SlackCall call) {
        String channel = call.field("channel");
        String threadTs = call.field("ts");
        List<String> messages = new ArrayList<>();
        for (SlackCall post : accepted) {
            if (channel.equals(post.field("channel")) && (threadTs == null || threadTs.equals(post.field("thread_ts")))
                    && !stillHidden(post)) {
                String metadata = post.field("metadata");
                messages.add("{\"type\":\"message\",\"bot_id\":\"BBOT\",\"text\":\"reply\""
                        + (metadata == null ? "" : ",\"metadata\":" + metadata) + "}");
            }
        }
        return "{\"ok\":true,\"messages\":[" + String.join(",", messages) + "],\"has_more\":false}";
    }

    private boolean stillHidden(SlackCall post) {
        AtomicInteger looksLeft = hiddenForLooks.get(post);
        return looksLeft != null && looksLeft.getAndDecrement() > 0;
    }

    private void record(SlackCall call) {
        calls.add(call);
        queue(call.method()).add(call);
    }

    private BlockingQueue<SlackCall> queue(String method) {
        return callsByMethod.computeIfAbsent(method, key -> new LinkedBlockingQueue<>());
    }

    private BlockingQueue<JsonNode> ackQueue(String envelopeId) {
        return acks.computeIfAbsent(envelopeId, key -> new LinkedBlockingQueue<>());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    @Override
    public void close() {
        releasePosts();
        // Open server-side WebSockets make close() wait for its queue (SLACK-NOTES 6); cancel() throws on them
        // in OkHttp 5.3.2, so they are closed with a normal close frame instead.
        sockets.forEach(webSocket -> {
            try {
                webSocket.close(1000, "test over");
            } catch (RuntimeException alreadyGone) {
                // a dropped connection cannot be closed again
            }
        });
        server.close();
    }

    /** The server side of a Socket Mode connection: hello first, then acks collected by envelope id. */
    private final class SocketModeServer extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, okhttp3.Response response) {
            sockets.add(webSocket);
            webSocket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":3600},\"connection_info\":{\"app_id\":\"AFAKE\"}}");
            helloSent.add(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            try {
                JsonNode ack = JSON.readTree(text);
                if (ack.has("envelope_id")) {
                    ackQueue(ack.get("envelope_id").asText()).add(ack);
                }
            } catch (IOException notJson) {
                throw new IllegalStateException("the bot sent a frame that is not JSON: " + text, notJson);
            }
        }
    }
}
