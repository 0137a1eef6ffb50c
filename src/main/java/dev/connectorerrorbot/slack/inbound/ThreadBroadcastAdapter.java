package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A thread reply also sent to the channel ({@code thread_broadcast}): overheard like any channel message, and
 * answered in its thread, never as a new message in the channel.
 */
final class ThreadBroadcastAdapter implements EventAdapter<MessageThreadBroadcastEvent> {
    private final Sender sender;

    @Inject
    ThreadBroadcastAdapter(Sender sender) {
        this.sender = sender;
    }

    @Override
    public Class<MessageThreadBroadcastEvent> eventType() {
        return MessageThreadBroadcastEvent.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<MessageThreadBroadcastEvent> payload, String botUserId) {
        MessageThreadBroadcastEvent event = payload.getEvent();
        if (event.getChannel() == null || event.getTs() == null || !Conversations.isChannel(event.getChannelType())
                || sender.of(event.getUser(), null, null, botUserId, payload.getApiAppId()) != Sender.Kind.PERSON
                || MessageAdapter.mentions(event.getText(), botUserId)) {
            return Optional.empty();
        }
        String threadTs = Conversations.threadOf(event.getThreadTs(), event.getTs());
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                null), event.getUser(), event.getChannel(), new Destination.Thread(event.getChannel(), threadTs),
                Asked.OVERHEARD, Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()),
                "message.thread_broadcast"));
    }
}
