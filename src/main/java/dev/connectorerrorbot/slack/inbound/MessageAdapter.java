package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A plain message (no subtype), wherever the bot reads it. In a channel, a person's message is overheard and
 * answered in its thread only with errors new to the thread, and a post of a bot on BOT_ANSWER_BOTS is overheard the
 * same way when it is top-level. A direct message is asked, and answered in the conversation. Shared and forwarded
 * messages ({@code attachments}) count as pasted. Bolt runs one handler per message event, so this one adapter
 * serves every conversation type.
 */
final class MessageAdapter implements EventAdapter<MessageEvent> {
    private final Sender sender;

    @Inject
    MessageAdapter(Sender sender) {
        this.sender = sender;
    }

    @Override
    public Class<MessageEvent> eventType() {
        return MessageEvent.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<MessageEvent> payload, String botUserId) {
        MessageEvent event = payload.getEvent();
        if (event.getEdited() != null || event.getChannel() == null || event.getTs() == null) {
            return Optional.empty();
        }
        String appId = event.getBotProfile() == null ? null : event.getBotProfile().getAppId();
        Sender.Kind author = sender.of(event.getUser(), event.getBotId(), appId, botUserId, payload.getApiAppId());
        Asked asked;
        if (Conversations.isDirectMessage(event.getChannelType()) && author == Sender.Kind.PERSON) {
            asked = Asked.DIRECT;
        } else if (!Conversations.isChannel(event.getChannelType())) {
            return Optional.empty();
        } else if (author == Sender.Kind.PERSON && !mentions(event.getText(), botUserId)) {
            asked = Asked.OVERHEARD;
        } else if (author == Sender.Kind.LISTED_BOT
                && !Conversations.isThreadReply(event.getThreadTs(), event.getTs())) {
            asked = Asked.ALERT;
        } else {
            return Optional.empty();
        }
        String askedBy = event.getUser() != null ? event.getUser() : event.getBotId();
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles()), askedBy, event.getChannel(), destination(asked, event), asked,
                Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), MessageEvent.TYPE_NAME));
    }

    /** A direct message is answered in the conversation itself, or in its thread when it was a thread reply. */
    private static Destination destination(Asked asked, MessageEvent event) {
        if (asked == Asked.DIRECT && event.getThreadTs() == null) {
            return new Destination.Channel(event.getChannel());
        }
        return new Destination.Thread(event.getChannel(), Conversations.threadOf(event.getThreadTs(), event.getTs()));
    }

    /**
     * A channel message that mentions the bot also arrives as app_mention, which answers it even in a muted channel;
     * this twin is left alone.
     */
    static boolean mentions(String text, String botUserId) {
        return botUserId != null && text != null && text.contains("<@" + botUserId);
    }
}
