package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.connectorerrorbot.slack.card.ButtonValue;
import dev.connectorerrorbot.slack.card.CardActions;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One click on a card button: which button, what its value says (the saved reply, the language to answer in, the
 * finding and entry), who clicked, on which message, and how to reach them.
 */
public record Click(CardActions.Button button, ButtonValue value, String userId, String channelId, String messageTs,
        boolean isEphemeral, String responseUrl, String triggerId) {
    private static final Logger LOG = LoggerFactory.getLogger(Click.class);

    /** The click, or empty for a button this bot did not render (its id or value does not parse); logged. */
    static Optional<Click> of(BlockActionPayload payload) {
        try {
            return Optional.of(parse(payload));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException unreadable) {
            LOG.warn("ignored a button click that this bot cannot read: {}", unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static Click parse(BlockActionPayload payload) {
        BlockActionPayload.Action action = payload.getActions().get(0);
        CardActions.Button button = CardActions.button(action.getActionId()).orElseThrow(
                () -> new IllegalArgumentException("not a card button: " + action.getActionId()));
        BlockActionPayload.Container container = payload.getContainer();
        // Every answer to a click can fall back to its response_url; a click without one is not from Slack.
        Objects.requireNonNull(payload.getResponseUrl(), "response_url");
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : container.getChannelId();
        ButtonValue value = ButtonValue.parse(action.getValue());
        if (button == CardActions.Button.LANGUAGE) {
            value = CardActions.switchesTo(action.getActionId()).map(value::inLanguage).orElse(value);
        }
        return new Click(button, value, payload.getUser().getId(), channel,
                container.getMessageTs(), container.isEphemeral(), payload.getResponseUrl(), payload.getTriggerId());
    }

    /** The clicked message itself: chat.update cannot reach a private message, its response_url can. */
    public Destination inPlace() {
        return isEphemeral ? new Destination.PrivateInPlace(responseUrl) : new Destination.InPlace(channelId, messageTs);
    }

    /** A note only the clicking user sees. */
    public Destination toClicker() {
        return new Destination.Private(responseUrl);
    }

    public Delivery delivery() {
        return Delivery.ofClick(triggerId, button.name(), channelId, messageTs);
    }
}
