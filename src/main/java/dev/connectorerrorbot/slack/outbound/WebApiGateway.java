package dev.connectorerrorbot.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The bot's one way to Slack's Web API and response_urls: every message, user lookup and App Home goes out here.
 * Messages are made with Slack's retry rules ({@link WebApiCalls}) and every answer is checked, since Slack reports
 * most errors as HTTP 200 with {@code ok: false}.
 */
public final class WebApiGateway {
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
        } else if (to instanceof Destination.PrivateInPlace clicked) {
            return respond(clicked.responseUrl(), ResendCheck.ALWAYS, ActionResponse.builder().replaceOriginal(true)
                    .text(message.text()).blocks(message.blocks()).build());
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no way to send to " + to));
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
