package dev.connectorerrorbot.slack.inbound;

import java.util.Objects;

/**
 * Where an answer goes. Each kind is one way of reaching Slack: a thread or a channel through chat.postMessage, a
 * message the bot posted through chat.update, or the person who asked through the request's response_url.
 */
public sealed interface Destination {

    /** A reply in a thread: {@code threadTs} is the message's thread_ts, else its ts. */
    record Thread(String channel, String threadTs) implements Destination {
        public Thread {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(threadTs, "threadTs");
        }
    }

    /** A new top-level message that everyone in the channel sees. */
    record Channel(String channel) implements Destination {
        public Channel {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /**
     * A message only the person who asked or clicked sees, through the request's response_url. {@code offersShare}
     * is false where the bot can never post (a direct or group message between people), so cards there get no
     * "Share in channel".
     */
    record Private(String responseUrl, boolean offersShare) implements Destination {
        public Private {
            Objects.requireNonNull(responseUrl, "responseUrl");
        }

        /** A private message in a conversation the bot can post into. */
        public Private(String responseUrl) {
            this(responseUrl, true);
        }
    }

    /**
     * A message only {@code userId} sees, wherever they asked from (the message shortcut): through the response_url,
     * else as an ephemeral message in {@code channel}, else as a direct message from the bot when the bot cannot
     * reach the channel. {@code responseUrl} may be null.
     */
    record Personal(String responseUrl, String channel, String userId, boolean offersShare) implements Destination {
        public Personal {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** The bot's own message {@code ts}, replaced in place (chat.update). */
    record InPlace(String channel, String ts) implements Destination {
        public InPlace {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** The private message a button was clicked on, replaced through its response_url (chat.update cannot). */
    record PrivateInPlace(String responseUrl) implements Destination {
        public PrivateInPlace {
            Objects.requireNonNull(responseUrl, "responseUrl");
        }
    }
}
