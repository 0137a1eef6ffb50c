package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.model.Message;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The message shortcut "Explain connector error": asked about any message (a person's, another bot's alert, one
 * in a channel without the bot) and answered to the person who chose it only. The answer goes through the
 * shortcut's response_url, else as an ephemeral message, else as a direct message; Share is offered only where the
 * bot can post.
 */
final class MessageShortcutAdapter {
    /** The manifest's {@code callback_id} of the shortcut. */
    static final String CALLBACK_ID = "explain_connector_error";
    static final String KIND = "message_action";

    @Inject
    MessageShortcutAdapter() {
        // reads the payload only
    }

    /** The question; empty for a payload that names no user or channel, which Slack always sends. */
    Optional<Ask> ask(MessageShortcutPayload payload) {
        if (payload.getUser() == null || payload.getChannel() == null || payload.getUser().getId() == null) {
            return Optional.empty();
        }
        String user = payload.getUser().getId();
        String channel = payload.getChannel().getId();
        Message message = payload.getMessage() == null ? new Message() : payload.getMessage();
        boolean offersShare = Conversations.canShareInto(channel, payload.getChannel().getName());
        return Optional.of(new Ask(PasteCollector.collect(message.getText(), message.getBlocks(),
                message.getAttachments(), message.getFiles()), user, channel,
                new Destination.Personal(payload.getResponseUrl(), channel, user, offersShare), Asked.SHORTCUT,
                Delivery.ofShortcut(payload.getTriggerId(), channel), KIND));
    }
}
