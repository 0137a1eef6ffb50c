package dev.connectorerrorbot.slack.inbound;

import java.util.Locale;

/**
 * How a question reached the bot, which decides what an empty answer and a repeated error get: someone asked the
 * bot (a mention, the slash command) and is always answered, or the bot overheard a message in a channel it reads
 * and speaks up only with errors new to the thread.
 */
public enum Asked {
    /** Someone mentioned the bot: always answered, in the thread. */
    MENTION,
    /** The slash command: always answered, to the caller only, with a share button. */
    COMMAND,
    /** A channel message the bot read unprompted: answered only with errors new to the thread, never when muted. */
    OVERHEARD;

    /** True when nobody asked the bot, so that it stays silent unless it has something new to say. */
    public boolean isOverheard() {
        return this == OVERHEARD;
    }

    /** The lower-case name, as a metrics label and in the logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
