package dev.connectorerrorbot.slack.inbound;

import java.util.List;
import java.util.Objects;

/**
 * One thing Slack delivered that the bot answers: its id for the logs, the channel whose reply lane it runs in,
 * and the keys that make a redelivery of it (or its twin event) recognisable.
 */
public record Delivery(String id, String channel, List<String> claimKeys) {
    public Delivery {
        Objects.requireNonNull(id, "id");
        claimKeys = List.copyOf(claimKeys);
    }

    /**
     * A message event. Retries keep the event id; a mention arrives twice with two event ids (app_mention and
     * message) but one channel and ts, so both keys are claimed.
     */
    public static Delivery ofMessage(String eventId, String channel, String ts) {
        return new Delivery("event " + eventId, channel, eventId == null ? List.of("message " + channel + "/" + ts)
                : List.of("event " + eventId, "message " + channel + "/" + ts));
    }

    /** A slash command: Socket Mode may redeliver its envelope, with the same trigger id. */
    public static Delivery ofCommand(String triggerId, String channel) {
        return new Delivery("command " + triggerId, channel,
                triggerId == null ? List.of() : List.of("command " + triggerId));
    }

    /** A message shortcut: like a command, each use has its own trigger id, which a redelivery keeps. */
    public static Delivery ofShortcut(String triggerId, String channel) {
        return new Delivery("shortcut " + triggerId, channel,
                triggerId == null ? List.of() : List.of("shortcut " + triggerId));
    }

    /** A button click: each click has its own trigger id. */
    public static Delivery ofClick(String triggerId, String actionId, String channel, String messageTs) {
        return new Delivery("click " + actionId + " on " + channel + "/" + messageTs, channel,
                triggerId == null ? List.of() : List.of("click " + triggerId));
    }
}
