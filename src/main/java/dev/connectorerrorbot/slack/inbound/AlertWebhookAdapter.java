package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import dev.connectorerrorbot.slack.paste.PasteCollector;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A post of an integration or incoming webhook ({@code bot_message}), the usual shape of a forwarded Defender alert:
 * answered in its thread like a person's channel message when its bot id or app id is on BOT_ANSWER_BOTS and it is
 * top-level, left alone otherwise. The alert text is mostly in its attachments.
 */
final class AlertWebhookAdapter implements EventAdapter<WebhookMessage> {
    private final Sender sender;

    @Inject
    AlertWebhookAdapter(Sender sender) {
        this.sender = sender;
    }

    @Override
    public Class<WebhookMessage> eventType() {
        return WebhookMessage.class;
    }

    @Override
    public Optional<Ask> ask(EventsApiPayload<WebhookMessage> payload, String botUserId) {
        WebhookMessage event = payload.getEvent();
        if (event.getChannel() == null || event.getTs() == null || event.getBotId() == null
                || !Conversations.isChannel(event.getChannelType())
                || Conversations.isThreadReply(event.getThreadTs(), event.getTs())
                || sender.of(null, event.getBotId(), event.getAppId(), botUserId, payload.getApiAppId())
                != Sender.Kind.LISTED_BOT) {
            return Optional.empty();
        }
        return Optional.of(new Ask(PasteCollector.collect(event.getText(), event.getBlocks(), event.getAttachments(),
                null), event.getBotId(), event.getChannel(), new Destination.Thread(event.getChannel(), event.getTs()),
                Asked.ALERT, Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()),
                "message.bot_message"));
    }
}
