package dev.connectorerrorbot.slack.delivery;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.webhook.WebhookResponse;
import dev.connectorerrorbot.metrics.BotMetrics;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Makes the reply targets the handlers need, all through the bot token's message methods or the request's
 * response_url, each call made with Slack's retry rules ({@link WebApiCalls}). Every call's answer is checked:
 * Slack reports most errors as HTTP 200 with {@code ok: false}.
 */
public final class ReplyTargets {
    private final MessageMethods messages;
    private final Slack slack;
    private final WebApiCalls calls;
    private final PostedCheck posted;
    private final BotMetrics metrics;
    private final BlocksJson blocksJson;

    @Inject
    ReplyTargets(MessageMethods messages, Slack slack, WebApiCalls calls, PostedCheck posted, BotMetrics metrics,
            BlocksJson blocksJson) {
        this.messages = messages;
        this.slack = slack;
        this.calls = calls;
        this.posted = posted;
        this.metrics = metrics;
        this.blocksJson = blocksJson;
    }

    /** A reply in the thread of a message: {@code threadTs} is the message's thread_ts, else its ts. */
    public ReplyTarget thread(String channel, String threadTs) {
        return message -> {
            String key = UUID.randomUUID().toString();
            checked("chat.postMessage", calls.call("chat.postMessage", channel,
                    () -> posted.isInThread(channel, threadTs, key),
                    () -> messages.post(ChatPostMessageRequest.builder().channel(channel).threadTs(threadTs)
                            .text(message.text()).blocksAsString(blocksJson.of(message.blocks()))
                            .metadata(PostedCheck.marker(key)).build())));
        };
    }

    /** A new top-level message that everyone in the channel sees. */
    public ReplyTarget channel(String channel) {
        return message -> {
            String key = UUID.randomUUID().toString();
            checked("chat.postMessage", calls.call("chat.postMessage", channel,
                    () -> posted.isInChannel(channel, key),
                    () -> messages.post(ChatPostMessageRequest.builder().channel(channel).text(message.text())
                            .blocksAsString(blocksJson.of(message.blocks())).metadata(PostedCheck.marker(key))
                            .build())));
        };
    }

    /** Replaces a message the bot posted, in place; doing it twice shows the same message. */
    public ReplyTarget update(String channel, String ts) {
        return message -> checked("chat.update", calls.call("chat.update", channel, ResendCheck.ALWAYS,
                () -> messages.update(ChatUpdateRequest.builder().channel(channel).ts(ts).text(message.text())
                        .blocksAsString(blocksJson.of(message.blocks())).build())));
    }

    /**
     * A message only the user who asked sees, through the request's response_url. Slack offers no way to look an
     * ephemeral message up, so a post whose outcome is unknown is not sent again.
     */
    public ReplyTarget ephemeral(String responseUrl) {
        return message -> respond(responseUrl, ResendCheck.NEVER, ActionResponse.builder()
                .responseType("ephemeral").text(message.text()).blocks(message.blocks()).build());
    }

    /** Replaces the ephemeral message a button was clicked on; chat.update cannot reach ephemeral messages. */
    public ReplyTarget replaceEphemeral(String responseUrl) {
        return message -> respond(responseUrl, ResendCheck.ALWAYS, ActionResponse.builder().replaceOriginal(true)
                .text(message.text()).blocks(message.blocks()).build());
    }

    /** Removes the ephemeral message a button was clicked on. */
    public void deleteEphemeral(String responseUrl) throws Exception {
        respond(responseUrl, ResendCheck.ALWAYS, ActionResponse.builder().deleteOriginal(true).build());
    }

    private void respond(String responseUrl, ResendCheck resendCheck, ActionResponse response) throws Exception {
        calls.call("response_url", null, resendCheck, () -> {
            WebhookResponse answer = new Responder(slack, responseUrl).send(response);
            if (answer.getCode() == null || answer.getCode() / 100 != 2) {
                throw new HttpStatusFailure(answer.getCode() == null ? 0 : answer.getCode(), null);
            }
            return answer;
        });
    }

    /** A null response is a call Slack carried out whose answer was lost: done. */
    private void checked(String call, SlackApiTextResponse response) throws SlackCallFailed {
        if (response != null && !response.isOk()) {
            metrics.webApiError(call, response.getError() == null ? "not_ok" : response.getError());
            throw new SlackCallFailed(call, response.getError());
        }
    }
}
