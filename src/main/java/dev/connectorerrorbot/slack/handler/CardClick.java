package dev.connectorerrorbot.slack.handler;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.connectorerrorbot.slack.card.ButtonValue;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One click on a card button: who clicked what, on which message, and how to answer it. */
record CardClick(String actionId, ButtonValue value, String userId, String channelId, String messageTs,
        boolean isEphemeral, String responseUrl, String triggerId) {
    private static final Logger LOG = LoggerFactory.getLogger(CardClick.class);

    /** The click, or empty for a button this bot did not render (its value does not parse); logged, then acked. */
    static Optional<CardClick> of(BlockActionPayload payload) {
        try {
            return Optional.of(parse(payload));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException unreadable) {
            LOG.warn("ignored a button click that this bot cannot read: {}", unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static CardClick parse(BlockActionPayload payload) {
        BlockActionPayload.Action action = payload.getActions().get(0);
        BlockActionPayload.Container container = payload.getContainer();
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : container.getChannelId();
        return new CardClick(action.getActionId(), ButtonValue.parse(action.getValue()), payload.getUser().getId(),
                channel, container.getMessageTs(), container.isEphemeral(), payload.getResponseUrl(),
                payload.getTriggerId());
    }

    /** The clicked message itself: chat.update cannot reach an ephemeral message, its response_url can. */
    ReplyTarget inPlace(ReplyTargets targets) {
        return isEphemeral ? targets.replaceEphemeral(responseUrl) : targets.update(channelId, messageTs);
    }

    /** A note only the clicking user sees. */
    ReplyTarget toClicker(ReplyTargets targets) {
        return targets.ephemeral(responseUrl);
    }

    Delivery delivery() {
        return Delivery.ofClick(triggerId, actionId, channelId, messageTs);
    }
}
