package dev.connectorerrorbot.store;

/** Helpful and not-helpful votes on resolution cards: one vote per user, entry and channel. */
public interface FeedbackVotes {

    /** Records the vote, replacing an earlier vote by the same user on the same entry in the same channel. */
    void record(Vote vote);

    VoteCount count(String entryId);
}
