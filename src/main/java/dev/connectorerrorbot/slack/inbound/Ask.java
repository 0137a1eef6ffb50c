package dev.connectorerrorbot.slack.inbound;

import dev.connectorerrorbot.slack.paste.Paste;
import java.util.Objects;
import java.util.Optional;

/**
 * One question put to the bot, whatever Slack payload carried it: what it offers to search (the words typed, shared
 * messages, text files), who asked and in which channel, where the answer goes, how the bot came to hear it, and the
 * delivery it came in (for claiming and for the logs). {@code kind} is the payload kind ({@code app_mention}, {@code
 * message}, {@code slash_command}) that the end-to-end latency is reported by. An adapter per payload kind makes it;
 * nothing after the adapter reads a payload.
 */
public record Ask(Paste paste, String userId, String channel, Destination destination, Asked asked,
        Delivery delivery, String kind) {
    public Ask {
        Objects.requireNonNull(paste, "paste");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(kind, "kind");
    }

    /** A question whose whole text is {@code text}, in Slack's message markup (null for none). */
    public Ask(String text, String userId, String channel, Destination destination, Asked asked, Delivery delivery,
            String kind) {
        this(Paste.of(text), userId, channel, destination, asked, delivery, kind);
    }

    /** The text to search, with each text file's preview where its whole text has not been read. */
    public String text() {
        return paste.text();
    }

    /** The same question with {@code paste} for what it offers to search: the paste once its files were read. */
    public Ask withPaste(Paste paste) {
        return new Ask(paste, userId, channel, destination, asked, delivery, kind);
    }

    /**
     * The command word given instead of a paste, to the slash command or in a direct message; empty for every other
     * way of asking, and for a message with files (a snippet with no words typed is a paste, not a call for help).
     */
    public Optional<CommandWord> commandWord() {
        return asked.takesCommandWords() && !paste.hasFiles() ? CommandWord.of(text()) : Optional.empty();
    }

    /** The thread the answer goes to, whose answered errors the bot remembers; null when it is not a thread. */
    public String threadTs() {
        return destination instanceof Destination.Thread thread ? thread.threadTs() : null;
    }
}
