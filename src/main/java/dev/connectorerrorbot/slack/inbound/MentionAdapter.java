package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppMentionEvent;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * An @-mention: asked, answered in the thread of the mentioning message, found or not; a message it shares and a
 * snippet it carries are part of the question.
 */
final class MentionAdapter implements EventAdapter<AppMentionEvent> {
    @Inject
    MentionAdapter() {
        // reads the payload only
    }

    @Override
    public Class<AppMentionEvent> eventType() {
        return AppMentionEvent.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<AppMentionEvent> payload, String botUserId) {
        AppMentionEvent event = payload.getEvent();
        // Bots mentioning the bot would start reply loops; a retry or the twin message event is dropped by its claim.
        if (event.getBotId() != null || event.getUser() == null) {
            return Optional.empty();
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        // A mention can carry a shared message or a snippet; they are part of the question.
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                event.getFiles()), event.getUser(), event.getChannel(),
                new Destination.Thread(event.getChannel(), threadTs), Asked.MENTION,
                Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), AppMentionEvent.TYPE_NAME));
    }
}
