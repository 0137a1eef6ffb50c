package dev.connectorerrorbot.slack.delivery;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.connectorerrorbot.slack.card.SlackMessage;
import jakarta.inject.Inject;

/**
 * Makes the reply targets the handlers need, all through the bot token's Web API client or the request's
 * response_url. Every call's answer is checked: Slack reports most errors as HTTP 200 with {@code ok: false}.
 */
public final class ReplyTargets {
    private final MethodsClient methods;
    private final Slack slack;

    @Inject
    ReplyTargets(MethodsClient methods, Slack slack) {
        this.methods = methods;
        this.slack = slack;
    }

    /** A reply in the thread of a message: {@code threadTs} is the message's thread_ts, else its ts. */
    public ReplyTarget thread(String channel, String threadTs) {
        return message -> checked("chat.postMessage", methods.chatPostMessage(r -> r.channel(channel)
                .threadTs(threadTs).text(message.text()).blocks(message.blocks())));
    }

    /** A new top-level message that everyone in the channel sees. */
    public ReplyTarget channel(String channel) {
        return message -> checked("chat.postMessage", methods.chatPostMessage(r -> r.channel(channel)
                .text(message.text()).blocks(message.blocks())));
    }

    /** Replaces a message the bot posted, in place. */
    public ReplyTarget update(String channel, String ts) {
        return message -> checked("chat.update", methods.chatUpdate(r -> r.channel(channel).ts(ts)
                .text(message.text()).blocks(message.blocks())));
    }

    /** A message only the user who asked sees, through the request's response_url. */
    public ReplyTarget ephemeral(String responseUrl) {
        return message -> respond(responseUrl, ActionResponse.builder().responseType("ephemeral")
                .text(message.text()).blocks(message.blocks()).build());
    }

    /** Replaces the ephemeral message a button was clicked on; chat.update cannot reach ephemeral messages. */
    public ReplyTarget replaceEphemeral(String responseUrl) {
        return message -> respond(responseUrl, ActionResponse.builder().replaceOriginal(true)
                .text(message.text()).blocks(message.blocks()).build());
    }

    /** Removes the ephemeral message a button was clicked on. */
    public void deleteEphemeral(String responseUrl) throws Exception {
        respond(responseUrl, ActionResponse.builder().deleteOriginal(true).build());
    }

    private void respond(String responseUrl, ActionResponse response) throws Exception {
        WebhookResponse answer = new Responder(slack, responseUrl).send(response);
        if (answer.getCode() == null || answer.getCode() / 100 != 2) {
            throw new SlackCallFailed("response_url", "HTTP " + answer.getCode());
        }
    }

    private static void checked(String call, SlackApiTextResponse response) throws SlackCallFailed {
        if (!response.isOk()) {
            throw new SlackCallFailed(call, response.getError());
        }
    }
}
