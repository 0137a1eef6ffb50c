package dev.connectorerrorbot.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
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
        if (to instanceof Destination.Thread thread) {
            post(thread.channel(), thread.threadTs(), message);
        } else if (to instanceof Destination.Channel channel) {
            post(channel.channel(), null, message);
        } else if (to instanceof Destination.InPlace inPlace) {
            calls.checkOk("chat.update", calls.call("chat.update", inPlace.channel(), ResendCheck.ALWAYS,
                    () -> messages.update(inPlace.channel(), inPlace.ts(), message)));
        } else if (to instanceof Destination.Private asker) {
            // Slack offers no way to look an ephemeral message up, so a post whose outcome is unknown is not resent.
            respond(asker.responseUrl(), ResendCheck.NEVER, ActionResponse.builder().responseType("ephemeral")
                    .text(message.text()).blocks(message.blocks()).build());
        } else if (to instanceof Destination.Personal person) {
            sendPersonal(person, message, message);
        } else if (to instanceof Destination.PrivateInPlace clicked) {
            respond(clicked.responseUrl(), ResendCheck.ALWAYS, ActionResponse.builder().replaceOriginal(true)
                    .text(message.text()).blocks(message.blocks()).build());
        } else {
            throw new IllegalArgumentException("no way to send to " + to);
        }
    }

    /**
     * Sends a message only one person sees, by the first way that works: the response_url, an ephemeral message in
     * the channel (which Slack refuses where the bot is not a member), or a direct message from the bot. The direct
     * message is {@code inDirectMessage}: a card there is already shared with its only reader.
     */
    void sendPersonal(Destination.Personal to, SlackMessage message, SlackMessage inDirectMessage)
            throws Exception {
        if (to.responseUrl() != null) {
            try {
                respond(to.responseUrl(), ResendCheck.NEVER, ActionResponse.builder().responseType("ephemeral")
                        .text(message.text()).blocks(message.blocks()).build());
                return;
            } catch (Exception failure) {
                LOG.info("the response_url did not take the private answer ({}); trying an ephemeral message",
                        failure.getMessage());
            }
        }
        try {
            calls.checkOk("chat.postEphemeral", calls.call("chat.postEphemeral", to.channel(), ResendCheck.NEVER,
                    () -> messages.postEphemeral(to.channel(), to.userId(), message)));
            return;
        } catch (Exception failure) {
            LOG.info("no ephemeral message in {} ({}); answering in a direct message", to.channel(),
                    failure.getMessage());
        }
        post(to.userId(), null, inDirectMessage);
    }

    /** Removes the private message a button was clicked on. */
    public void deletePrivate(String responseUrl) throws Exception {
        respond(responseUrl, ResendCheck.ALWAYS, ActionResponse.builder().deleteOriginal(true).build());
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
     * A new message, marked with a random key: after a dropped connection the thread (or the channel) is read for
     * the key, so the message is sent again only when Slack does not have it.
     */
    private void post(String channel, String threadTs, SlackMessage message) throws Exception {
        String key = UUID.randomUUID().toString();
        ResendCheck check = threadTs == null ? () -> posted.isInChannel(channel, key)
                : () -> posted.isInThread(channel, threadTs, key);
        calls.checkOk("chat.postMessage", calls.call("chat.postMessage", channel, check,
                () -> messages.post(channel, threadTs, message, PostedCheck.marker(key))));
    }

    /** No token: the URL itself is the permission. An HTTP error status fails like a Web API error would. */
    private void respond(String responseUrl, ResendCheck resendCheck, ActionResponse response) throws Exception {
        calls.call("response_url", null, resendCheck, () -> {
            WebhookResponse answer = new Responder(slack, responseUrl).send(response);
            if (answer.getCode() == null || answer.getCode() / 100 != 2) {
                throw new HttpStatusFailure(answer.getCode() == null ? 0 : answer.getCode(), null);
            }
            return answer;
        });
    }
}
