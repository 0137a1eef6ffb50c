package dev.connectorerrorbot.slack.outbound;

import java.util.Optional;

/**
 * The errors with which Slack refuses to let the bot post a shared answer into a channel, each with the line that
 * tells the person who clicked Share why; trying again would not help with any of them.
 */
final class ShareRefusal {
    private ShareRefusal() {
    }

    /** The message key explaining {@code error}, or empty for an error that is not a refusal (a timeout, say). */
    static Optional<String> explanation(String error) {
        if (error == null) {
            return Optional.empty();
        }
        return switch (error) {
            case "not_in_channel" -> Optional.of("share.refused.not_in_channel");
            case "channel_not_found" -> Optional.of("share.refused.channel_not_found");
            case "is_archived" -> Optional.of("share.refused.is_archived");
            default -> error.startsWith("restricted_action") ? Optional.of("share.refused.restricted")
                    : Optional.empty();
        };
    }
}
