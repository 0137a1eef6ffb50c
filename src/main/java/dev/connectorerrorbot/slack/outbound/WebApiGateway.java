package dev.connectorerrorbot.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.File;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one way to Slack's Web API and response_urls: every message, user lookup and App Home goes out here.
 * Messages are made with Slack's retry rules ({@link WebApiCalls}) and every answer is checked, since Slack reports
 * most errors as HTTP 200 with {@code ok: false}.
 */
public final class WebApiGateway {
    private static final Logger LOG = LoggerFactory.getLogger(WebApiGateway.class);
    /** Slack's locale for Japanese; every other locale reads English. */
    private static final String JAPANESE_LOCALE = "ja-JP";

    private final MessageMethods messages;
    private final Slack slack;
    private final WebApiCalls calls;
    private final PostedCheck posted;
    private final MethodsClient methods;

    @Inject
    WebApiGateway(MessageMethods messages, Slack slack, WebApiCalls calls, PostedCheck posted, MethodsClient methods) {
        this.messages = messages;
        this.slack = slack;
        this.calls = calls;
        this.posted = posted;
        this.methods = methods;
    }

    /** Sends the message; a Slack error or an unreachable Slack is an exception, for the caller to apologise. */
    public void send(Destination to, SlackMessage message) throws Exception {
        try {
            sendLater(to, message, null).get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    /**
     * Sends the message as a continuation: completes when Slack has it, or fails with the Slack error or the last
     * failure to reach Slack, for the caller to apologise. No thread waits while a try waits its turn.
     */
    CompletableFuture<Void> sendLater(Destination to, SlackMessage message, String postKey) {
        String key = postKey == null ? UUID.randomUUID().toString() : postKey;
        if (to instanceof Destination.Thread thread) {
            return post(thread.channel(), thread.threadTs(), message, key);
        } else if (to instanceof Destination.Channel channel) {
            return post(channel.channel(), null, message, key);
        } else if (to instanceof Destination.InPlace inPlace) {
            return calls.call("chat.update", inPlace.channel(), ResendCheck.ALWAYS,
                    () -> messages.update(inPlace.channel(), inPlace.ts(), message))
                    .thenCompose(answer -> checkedOk("chat.update", answer));
        } else if (to instanceof Destination.Private asker) {
            // Slack offers no way to look an ephemeral message up, so a post whose outcome is unknown is not resent.
            return respond(asker.responseUrl(), ResendCheck.NEVER, ActionResponse.builder().responseType("ephemeral")
                    .text(message.text()).blocks(message.blocks()).build());
        } else if (to instanceof Destination.Personal person) {
            return sendPersonal(person, message, message);
        } else if (to instanceof Destination.PrivateInPlace clicked) {
            return respond(clicked.responseUrl(), ResendCheck.ALWAYS, ActionResponse.builder().replaceOriginal(true)
                    .text(message.text()).blocks(message.blocks()).build());
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no way to send to " + to));
    }

    /**
     * Sends a message only one person sees, by the first way that works: the response_url, an ephemeral message in
     * the channel (which Slack refuses where the bot is not a member), or a direct message from the bot. The direct
     * message is {@code inDirectMessage}: a card there is already shared with its only reader.
     */
    CompletableFuture<Void> sendPersonal(Destination.Personal to, SlackMessage message, SlackMessage inDirectMessage) {
        CompletableFuture<Void> viaResponseUrl = to.responseUrl() == null
                ? CompletableFuture.failedFuture(new IllegalStateException("the shortcut gave no response_url"))
                : respond(to.responseUrl(), ResendCheck.NEVER, ActionResponse.builder().responseType("ephemeral")
                        .text(message.text()).blocks(message.blocks()).build());
        return orElse(viaResponseUrl, failure -> {
            LOG.info("the response_url did not take the private answer ({}); trying an ephemeral message",
                    failure.getMessage());
            CompletableFuture<Void> ephemeral = calls.call("chat.postEphemeral", to.channel(), ResendCheck.NEVER,
                    () -> messages.postEphemeral(to.channel(), to.userId(), message))
                    .thenCompose(answer -> checkedOk("chat.postEphemeral", answer));
            return orElse(ephemeral, refused -> {
                LOG.info("no ephemeral message in {} ({}); answering in a direct message", to.channel(),
                        refused.getMessage());
                return post(to.userId(), null, inDirectMessage, UUID.randomUUID().toString());
            });
        });
    }

    /** {@code first}, or when it fails, what {@code fallback} makes of its failure. */
    private static CompletableFuture<Void> orElse(CompletableFuture<Void> first,
            Function<Throwable, CompletableFuture<Void>> fallback) {
        return first.handle((done, failure) -> failure == null ? CompletableFuture.<Void>completedFuture(null)
                : fallback.apply(failure instanceof CompletionException wrapped
                        && wrapped.getCause() != null ? wrapped.getCause() : failure))
                .thenCompose(next -> next);
    }

    /** Removes the private message a button was clicked on. */
    CompletableFuture<Void> deletePrivate(String responseUrl) {
        return respond(responseUrl, ResendCheck.ALWAYS, ActionResponse.builder().deleteOriginal(true).build());
    }

    /** Who a user is, from users.info; an exception when Slack cannot say. */
    public SlackUser user(String userId) throws Exception {
        UsersInfoResponse info = methods.usersInfo(r -> r.user(userId).includeLocale(true));
        if (!info.isOk() || info.getUser() == null) {
            throw new SlackCallFailed("users.info", info.getError());
        }
        Language language = JAPANESE_LOCALE.equals(info.getUser().getLocale()) ? Language.JA : Language.EN;
        return new SlackUser(info.getUser().isAdmin() || info.getUser().isOwner(), language);
    }

    /** A file's object from files.info (scope files:read); an exception when Slack cannot say. */
    File file(String fileId) throws Exception {
        FilesInfoResponse info = methods.filesInfo(r -> r.file(fileId));
        if (!info.isOk() || info.getFile() == null) {
            throw new SlackCallFailed("files.info", info.getError());
        }
        return info.getFile();
    }

    /** Publishes a user's App Home tab. */
    public void publishHome(String userId, View home) throws Exception {
        ViewsPublishResponse response = methods.viewsPublish(r -> r.userId(userId).view(home));
        if (!response.isOk()) {
            throw new SlackCallFailed("views.publish", response.getError());
        }
    }

    /**
     * A new message, marked with its key (random, or the reply queue item's): after a dropped connection the thread (or the channel) is read for
     * the key, so the message is sent again only when Slack does not have it.
     */
    private CompletableFuture<Void> post(String channel, String threadTs, SlackMessage message, String key) {
        ResendCheck check = threadTs == null ? () -> posted.isInChannel(channel, key)
                : () -> posted.isInThread(channel, threadTs, key);
        return calls.call("chat.postMessage", channel, check,
                        () -> messages.post(channel, threadTs, message, PostedCheck.marker(key)))
                .thenCompose(answer -> checkedOk("chat.postMessage", answer));
    }

    /** No token: the URL itself is the permission. An HTTP error status fails like a Web API error would. */
    private CompletableFuture<Void> respond(String responseUrl, ResendCheck resendCheck, ActionResponse response) {
        return calls.call("response_url", null, resendCheck, () -> {
            WebhookResponse answer = new Responder(slack, responseUrl).send(response);
            if (answer.getCode() == null || answer.getCode() / 100 != 2) {
                throw new HttpStatusFailure(answer.getCode() == null ? 0 : answer.getCode(), null);
            }
            return answer;
        }).thenApply(answer -> null);
    }

    private CompletableFuture<Void> checkedOk(String method, SlackApiTextResponse answer) {
        try {
            calls.checkOk(method, answer);
            return CompletableFuture.completedFuture(null);
        } catch (SlackCallFailed refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
