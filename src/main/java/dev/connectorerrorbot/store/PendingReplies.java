package dev.connectorerrorbot.store;

import java.time.Duration;
import java.util.List;

/**
 * The durable reply queue (an outbox): a question is queued with its delivery's claims in one transaction before
 * the delivery is acked, and leaves the queue only once its reply is done. A process that stops (or dies) with
 * items queued leaves them for the next start, or for another replica once this process's lease on them expires.
 */
public interface PendingReplies {
    /** More queued items than this and new questions are refused, so that Slack delivers them again later. */
    int MAX_DEPTH = 10_000;
    /**
     * How long a process holds the items it queued or took over before another replica may take them. A live
     * process renews it every minute ({@link #renew()}), so three minutes leave room for two late renewals while a
     * dead replica's items are taken over within minutes.
     */
    Duration LEASE = Duration.ofMinutes(3);

    /**
     * Claims every key and queues {@code item}, in one transaction: true when queued, false (and nothing written)
     * when any key was claimed before. A full queue is an {@link IllegalStateException}.
     */
    boolean accept(List<String> claimKeys, PendingReply item);

    /** Takes {@code itemKey} off the queue: Slack has its reply, or it was given up. */
    void done(String itemKey);

    /**
     * Extends this process's lease on every item it holds: a reply can wait longer than a lease (behind a chain of
     * Retry-After, or in a long lane), and another replica must not take it over while this process lives.
     */
    void renew();

    /** Gives up this process's lease on {@code itemKey}, so that a later takeover tries it again. */
    void release(String itemKey);

    /**
     * The items this process may answer now, with its lease on them: items of a process that is gone (on SQLite,
     * every item an earlier start left), or on a shared database items whose lease expired.
     */
    List<PendingReply> takeOver();

    /** How many items are queued and how old the oldest is. */
    QueueDepth depth();
}
