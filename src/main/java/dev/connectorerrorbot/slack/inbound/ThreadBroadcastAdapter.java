package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A thread reply also sent to the channel ({@code thread_broadcast}): overheard like any channel message (asked, in a
 * direct message with the bot), and answered in its thread, never as a new message in the channel.
 */
final class ThreadBroadcastAdapter implements EventAdapter<BroadcastMessage> {
    private final Sender sender;

    @Inject
    ThreadBroadcastAdapter(Sender sender) {
        this.sender = sender;
    }

    @Override
    public Class<BroadcastMessage> eventType() {
        return BroadcastMessage.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<BroadcastMessage> payload, String botUserId) {
        BroadcastMessage event = payload.getEvent();
        if (event.getChannel() == null || event.getTs() == null
                || sender.of(event.getUser(), event.getBotId(), event.getAppId(), botUserId, payload.getApiAppId())
                != Sender.Kind.PERSON) {
            return Optional.empty();
        }
        Asked asked;
        if (Conversations.isDirectMessage(event.getChannelType())) {
            asked = Asked.DIRECT;
        } else if (Conversations.isChannel(event.getChannelType())
                && !MessageAdapter.mentions(event.getText(), botUserId)) {
            asked = Asked.OVERHEARD;
        } else {
            return Optional.empty();
        }
        String threadTs = Conversations.threadOf(event.getThreadTs(), event.getTs());
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                null), event.getUser(), event.getChannel(), new Destination.Thread(event.getChannel(), threadTs),
                asked, Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()),
                "message.thread_broadcast"));
    }
}
