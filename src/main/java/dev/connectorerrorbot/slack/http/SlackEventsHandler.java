package dev.connectorerrorbot.slack.http;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.connectorerrorbot.slack.inbound.ReplyQueue;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP endpoint, as a Jetty 12 core handler: checks the declared length and the shapes of the signature
 * headers before it reads anything of the body, reads the body (at most {@link #MAX_BODY_BYTES}, at most
 * {@link #CONCURRENT_BODY_READS} at once), checks Slack's signature over the raw bytes, parses it with Bolt's own request parser and runs the Bolt app. Nothing
 * unsigned reaches Bolt; too big is 413, unsigned or stale is 401, unparseable is 400, never a 500.
 */
final class SlackEventsHandler extends Handler.Abstract {
    static final String PATH = "/slack/events";
    /** Slack's payloads are small (a 40,000-character message is about 160 KB escaped); more is not from Slack. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Bodies read at once; with {@link #MAX_BODY_BYTES} this bounds the memory that requests can take. */
    static final int CONCURRENT_BODY_READS = 32;
    static final Duration BODY_READ_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final Clock clock;
    private final RefusedRequests refusals;
    private final Semaphore bodyReads = new Semaphore(CONCURRENT_BODY_READS);

    SlackEventsHandler(App app, RequestSignature signature, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.clock = clock;
        this.refusals = new RefusedRequests(clock);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (!"POST".equals(request.getMethod())) {
            return refuseUnread(response, callback, 405, "method not allowed");
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            return refuseUnread(response, callback, 413, "request too large");
        }
        Map<String, List<String>> headers = headers(request);
        // Only a request whose headers could carry a valid signature is worth reading: an unsigned body is never read.
        if (!signature.couldVerify(first(headers, "X-Slack-Request-Timestamp"), first(headers, "X-Slack-Signature"),
                clock.instant())) {
            refusals.refused("missing, wrong or stale signature");
            return refuseUnread(response, callback, 401, "invalid request");
        }
        byte[] body = readBounded(request);
        if (body == null) {
            refusals.refused("too many bodies being read at once");
            return refuseUnread(response, callback, 503, "try again later");
        }
        if (body.length > MAX_BODY_BYTES) {
            return refuseUnread(response, callback, 413, "request too large");
        }
        if (!signature.verifies(first(headers, "X-Slack-Request-Timestamp"), first(headers, "X-Slack-Signature"),
                body, clock.instant())) {
            refusals.refused("missing, wrong or stale signature");
            return reply(response, callback, 401, "invalid request");
        }
        return run(parse(body, headers, request), response, callback);
    }

    /**
     * Reads the body while holding one of {@link #CONCURRENT_BODY_READS} permits, so that bodies sent slowly or in
     * numbers hold at most that many buffers; null when no permit came within {@link #BODY_READ_WAIT}: a 503, which
     * Slack retries.
     */
    private byte[] readBounded(Request request) throws Exception {
        if (!bodyReads.tryAcquire(BODY_READ_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        try (InputStream in = Request.asInputStream(request)) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        } finally {
            bodyReads.release();
        }
    }

    private com.slack.api.bolt.request.Request<?> parse(byte[] body, Map<String, List<String>> headers,
            Request request) {
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(PATH)
                    .queryString(Map.of())
                    // Slack sends UTF-8 whatever the content type says; the platform charset may be US-ASCII.
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(Request.getRemoteAddr(request))
                    .build());
        } catch (RuntimeException malformed) {
            refusals.refused("signed body that does not parse (" + malformed.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private boolean run(com.slack.api.bolt.request.Request<?> slackRequest, Response response, Callback callback) {
        if (slackRequest == null) {
            return reply(response, callback, 400, "malformed request");
        }
        com.slack.api.bolt.response.Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (ReplyQueue.Unavailable notKept) {
            // Not acked, so that Slack delivers it again; the reply queue has logged why, once a minute at most.
            return reply(response, callback, 503, "try again later");
        } catch (JsonParseException | IllegalStateException | ClassCastException | NumberFormatException malformed) {
            // Bolt reads the payload into its model classes lazily, so a well-formed body of the wrong shape fails here.
            refusals.refused("signed request of an unexpected shape (" + malformed.getClass().getSimpleName() + ")");
            return reply(response, callback, 400, "malformed request");
        } catch (Exception failure) {
            LOG.error("the Bolt app failed on a request: {}", failure.toString());
            return reply(response, callback, 500, "internal error");
        }
        response.setStatus(answer.getStatusCode() == null ? 200 : answer.getStatusCode());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.getHeaders().add(name, value)));
        if (answer.getContentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.getContentType());
        }
        String body = answer.getBody() == null ? "" : answer.getBody();
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }

    /**
     * A refusal sent before the body was read (or read whole): the connection closes after it, and says so, because
     * the rest of the body is still on it. Without {@code Connection: close} a client may send its next request on
     * a connection the server is about to drop, and lose that request.
     */
    private static boolean refuseUnread(Response response, Callback callback, int status, String error) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return reply(response, callback, status, error);
    }

    private static boolean reply(Response response, Callback callback, int status, String error) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.US_ASCII)),
                callback);
        return true;
    }
}
