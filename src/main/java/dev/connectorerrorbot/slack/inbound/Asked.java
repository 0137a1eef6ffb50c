package dev.connectorerrorbot.slack.inbound;

import java.util.Locale;

/**
 * How a question reached the bot, which decides what an empty answer and a repeated error get: someone asked the
 * bot (a mention, the slash command, a direct message, the message shortcut) and is always answered, or the bot
 * overheard a message in a channel it reads (a person's, or an alert bot's) and speaks up only with errors new to
 * the thread.
 */
public enum Asked {
    /** Someone mentioned the bot: always answered, in the thread. */
    MENTION,
    /** The slash command: always answered, to the caller only, with a share button. */
    COMMAND,
    /** A channel message the bot read unprompted: answered only with errors new to the thread, never when muted. */
    OVERHEARD,
    /** A direct message to the bot: always answered, in the conversation; command words work, mutes do not apply. */
    DIRECT,
    /** The message shortcut: always answered, to the person who chose it only. */
    SHORTCUT,
    /**
     * A top-level post of a bot on BOT_ANSWER_BOTS: overheard like a person's channel message, and an error the same
     * bot posts again in the channel within an hour is not answered again, so that two bots cannot loop.
     */
    ALERT;

    /** True when nobody asked the bot, so that it stays silent unless it has something new to say. */
    public boolean isOverheard() {
        return this == OVERHEARD || this == ALERT;
    }

    /** True when {@code help}, {@code mute} and {@code unmute} are words to obey rather than text to look up. */
    public boolean takesCommandWords() {
        return this == COMMAND || this == DIRECT;
    }

    /** The lower-case name, as a metrics label and in the logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
