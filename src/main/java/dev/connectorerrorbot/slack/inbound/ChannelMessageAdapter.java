package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * A plain user message in a public or private channel: overheard, so answered in its thread only when it holds a
 * catalog error new to the thread; anything else is left alone, so the bot never adds noise.
 */
final class ChannelMessageAdapter implements EventAdapter<MessageEvent> {
    private static final Set<String> CHANNEL_TYPES = Set.of("channel", "group");

    @Inject
    ChannelMessageAdapter() {
        // reads the payload only
    }

    @Override
    public Class<MessageEvent> eventType() {
        return MessageEvent.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<MessageEvent> payload, String botUserId) {
        MessageEvent event = payload.getEvent();
        if (!isPlainUserMessage(event, botUserId)) {
            return Optional.empty();
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        return Optional.of(new Ask(event.getText(), event.getUser(), event.getChannel(),
                new Destination.Thread(event.getChannel(), threadTs), Asked.OVERHEARD,
                Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), MessageEvent.TYPE_NAME));
    }

    /**
     * Bots (the bot itself included) and edits are ignored, and so are messages that mention the bot: Slack also
     * delivers those as app_mention, which answers them even in a muted channel. Deletions and other subtypes never
     * reach this adapter: Bolt routes them by subtype, and the app config acks them unhandled.
     */
    private static boolean isPlainUserMessage(MessageEvent event, String botUserId) {
        return event.getBotId() == null
                && event.getUser() != null
                && !event.getUser().equals(botUserId)
                && event.getEdited() == null
                && event.getText() != null
                && CHANNEL_TYPES.contains(event.getChannelType())
                && (botUserId == null || !event.getText().contains("<@" + botUserId));
    }
}
