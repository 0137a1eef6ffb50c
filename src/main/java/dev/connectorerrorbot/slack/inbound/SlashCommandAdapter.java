package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code /connector-error}: asked, answered to the caller only through the command's response_url: a card with a
 * share button for pasted text, usage for nothing or {@code help}, and {@code mute}/{@code unmute} for the channel's
 * auto-replies.
 */
final class SlashCommandAdapter {
    static final String COMMAND = "/connector-error";
    static final String KIND = "slash_command";

    @Inject
    SlashCommandAdapter() {
        // reads the payload only
    }

    /** The question; empty for a payload without a response_url, which cannot be from Slack and cannot be answered. */
    Optional<Ask> ask(SlashCommandPayload payload) {
        if (payload.getResponseUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new Ask(payload.getText(), payload.getUserId(), payload.getChannelId(),
                new Destination.Private(payload.getResponseUrl(),
                        Conversations.canShareInto(payload.getChannelId(), payload.getChannelName())), Asked.COMMAND,
                Delivery.ofCommand(payload.getTriggerId(), payload.getChannelId()), KIND));
    }
}
