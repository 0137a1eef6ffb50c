package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A message with files ({@code file_share}): a long paste Slack turned into a snippet, or a screenshot with the
 * error typed beside it. Bolt routes it by its subtype, never to the plain message handler. In a channel it is
 * overheard like any message (its mention twin answers when it mentions the bot); in a direct message it is asked.
 * The text searched is the words typed and each text file's preview; the dispatcher reads a cut-short snippet whole.
 */
final class FileShareAdapter implements EventAdapter<FileShareMessage> {
    private final Sender sender;

    @Inject
    FileShareAdapter(Sender sender) {
        this.sender = sender;
    }

    @Override
    public Class<FileShareMessage> eventType() {
        return FileShareMessage.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<FileShareMessage> payload, String botUserId) {
        FileShareMessage event = payload.getEvent();
        if (event.getChannel() == null || event.getTs() == null
                || sender.of(event.getUser(), event.getBotId(), event.getAppId(), botUserId, payload.getApiAppId())
                != Sender.Kind.PERSON
                || Boolean.TRUE.equals(event.getDisplayAsBot())) {
            return Optional.empty();
        }
        Asked asked;
        Destination destination;
        if (Conversations.isDirectMessage(event.getChannelType())) {
            asked = Asked.DIRECT;
            destination = event.getThreadTs() == null ? new Destination.Channel(event.getChannel())
                    : new Destination.Thread(event.getChannel(), event.getThreadTs());
        } else if (Conversations.isChannel(event.getChannelType())
                && !MessageAdapter.mentions(event.getText(), botUserId)) {
            asked = Asked.OVERHEARD;
            destination = new Destination.Thread(event.getChannel(),
                    Conversations.threadOf(event.getThreadTs(), event.getTs()));
        } else {
            return Optional.empty();
        }
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles()), event.getUser(), event.getChannel(), destination, asked,
                Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), "message.file_share"));
    }
}
