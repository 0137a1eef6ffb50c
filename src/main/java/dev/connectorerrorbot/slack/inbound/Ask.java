package dev.connectorerrorbot.slack.inbound;

import java.util.Objects;
import java.util.Optional;

/**
 * One question put to the bot, whatever Slack payload carried it: the text to search, who asked and in which
 * channel, where the answer goes, how the bot came to hear it, and the delivery it came in (for claiming and for the
 * logs). {@code kind} is the payload kind ({@code app_mention}, {@code message}, {@code slash_command}) that the
 * end-to-end latency is reported by. An adapter per payload kind makes it; nothing after the adapter reads a payload.
 */
public record Ask(String text, String userId, String channel, Destination destination, Asked asked,
        Delivery delivery, String kind) {
    public Ask {
        text = text == null ? "" : text;
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(kind, "kind");
    }

    /** The command word the slash command was given instead of a paste; empty for every other way of asking. */
    public Optional<CommandWord> commandWord() {
        return asked == Asked.COMMAND ? CommandWord.of(text) : Optional.empty();
    }

    /** The thread the answer goes to, whose answered errors the bot remembers; null when it is not a thread. */
    public String threadTs() {
        return destination instanceof Destination.Thread thread ? thread.threadTs() : null;
    }
}
