package dev.connectorerrorbot.slack.inbound;

import java.util.Locale;
import java.util.Optional;

/** The words the slash command understands instead of a paste: nothing or help, mute and unmute. */
public enum CommandWord {
    HELP,
    MUTE,
    UNMUTE;

    /** The word {@code text} is, or empty when it is a paste to look up. */
    static Optional<CommandWord> of(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "help" -> Optional.of(HELP);
            case "mute" -> Optional.of(MUTE);
            case "unmute" -> Optional.of(UNMUTE);
            default -> Optional.empty();
        };
    }
}
