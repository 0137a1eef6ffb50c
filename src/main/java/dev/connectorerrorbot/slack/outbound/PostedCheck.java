package dev.connectorerrorbot.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Looks in Slack for a post the bot may already have made: every post carries a random key in its message
 * metadata, so after a dropped connection the bot reads the thread (or the channel's latest messages) and resends
 * only when the key is not there.
 */
final class PostedCheck {
    static final String EVENT_TYPE = "connector_error_bot_reply";
    static final String KEY_FIELD = "post_key";
    /** Replies in one thread, or posts in a channel since the bot's post, rarely exceed this. */
    private static final int MESSAGES_READ = 200;

    private final MethodsClient methods;

    @Inject
    PostedCheck(MethodsClient methods) {
        this.methods = methods;
    }

    static Message.Metadata marker(String key) {
        return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(Map.of(KEY_FIELD, key)).build();
    }

    /** Whether the thread has a message carrying {@code key}; an unreadable thread is an exception. */
    ResendCheck.Finding isInThread(String channel, String threadTs, String key) throws Exception {
        var replies = methods.conversationsReplies(r -> r.channel(channel).ts(threadTs).includeAllMetadata(true)
                .limit(MESSAGES_READ));
        if (!replies.isOk()) {
            throw new SlackCallFailed("conversations.replies", replies.getError());
        }
        return carriesKey(replies.getMessages(), key);
    }

    /** Whether one of the channel's latest messages carries {@code key}. */
    ResendCheck.Finding isInChannel(String channel, String key) throws Exception {
        var history = methods.conversationsHistory(r -> r.channel(channel).includeAllMetadata(true)
                .limit(MESSAGES_READ));
        if (!history.isOk()) {
            throw new SlackCallFailed("conversations.history", history.getError());
        }
        return carriesKey(history.getMessages(), key);
    }

    private static ResendCheck.Finding carriesKey(List<Message> messages, String key) {
        boolean found = messages != null && messages.stream()
                .map(Message::getMetadata)
                .anyMatch(metadata -> metadata != null && EVENT_TYPE.equals(metadata.getEventType())
                        && metadata.getEventPayload() != null
                        && key.equals(String.valueOf(metadata.getEventPayload().get(KEY_FIELD))));
        return found ? ResendCheck.Finding.CARRIED_OUT : ResendCheck.Finding.NOT_CARRIED_OUT;
    }
}
