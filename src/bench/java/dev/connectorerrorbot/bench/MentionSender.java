package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed app_mention to an app, as Slack does, and times it: from just before the request leaves to the
 * moment the fake Web API receives the app's chat.postMessage in that mention's thread.
 */
final class MentionSender {
    private static final long REPLY_TIMEOUT_SECONDS = 10;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SignedMentions mentions;
    private final FakeSlackApi slack;

    MentionSender(SignedMentions mentions, FakeSlackApi slack) {
        this.mentions = mentions;
        this.slack = slack;
    }

    /** Nanoseconds from sending a mention to {@code app} until its threaded reply arrived; -1 if none came. */
    long timeOneMention(AppProcess app) throws IOException, InterruptedException {
        SignedMentions.Mention mention = mentions.next();
        if (app.socket() != null) {
            return timeOverSocket(app, mention);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", mention.timestamp())
                .header("X-Slack-Signature", mention.signature())
                .timeout(Duration.ofSeconds(REPLY_TIMEOUT_SECONDS))
                .POST(HttpRequest.BodyPublishers.ofByteArray(mention.body()))
                .build();
        CompletableFuture<Long> reply = slack.awaitReply(mention.ts());
        long sent = System.nanoTime();
        HttpResponse<Void> acknowledgement = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (acknowledgement.statusCode() != 200) {
            slack.forget(mention.ts());
            throw new IllegalStateException(app.name() + " answered a mention with HTTP "
                    + acknowledgement.statusCode());
        }
        try {
            return reply.get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS) - sent;
        } catch (TimeoutException | ExecutionException noReply) {
            slack.forget(mention.ts());
            return -1;
        }
    }

    /**
     * The same mention as a Socket Mode events_api envelope on the app's WebSocket, as Slack sends it; timed from
     * sending the envelope to the threaded reply (the ack comes back on the socket and is counted by the fake).
     */
    private long timeOverSocket(AppProcess app, SignedMentions.Mention mention) throws InterruptedException {
        String envelope = "{\"envelope_id\":\"bench-" + mention.ts() + "\",\"type\":\"events_api\","
                + "\"accepts_response_payload\":false,\"payload\":"
                + new String(mention.body(), StandardCharsets.UTF_8) + ",\"retry_attempt\":0,\"retry_reason\":\"\"}";
        CompletableFuture<Long> reply = slack.awaitReply(mention.ts());
        long sent = System.nanoTime();
        if (!app.socket().send(envelope)) {
            slack.forget(mention.ts());
            throw new IllegalStateException(app.name() + "'s Socket Mode connection is closed");
        }
        try {
            return reply.get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS) - sent;
        } catch (TimeoutException | ExecutionException noReply) {
            slack.forget(mention.ts());
            return -1;
        }
    }
}
