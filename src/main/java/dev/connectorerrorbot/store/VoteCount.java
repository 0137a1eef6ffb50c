package dev.connectorerrorbot.store;

/** How many distinct votes an entry has received, by kind. */
public record VoteCount(int helpful, int notHelpful) {
    public VoteCount {
        if (helpful < 0 || notHelpful < 0) {
            throw new IllegalArgumentException("vote counts are never negative");
        }
    }
}
