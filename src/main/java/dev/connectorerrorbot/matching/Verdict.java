package dev.connectorerrorbot.matching;

import java.util.List;

/**
 * Whether a documented error string found in a message is a Defender for Cloud Apps connector error, with the
 * evidence that decided it. Below the threshold it is a look-alike: the front ends stay silent in a channel and, where
 * they were asked, say it looks like an error from the person's own software.
 */
public record Verdict(int score, List<Evidence> evidence) {
    /** A generic error needs two points of context; a connector mark is enough on its own. */
    public static final int THRESHOLD = 3;

    public Verdict {
        evidence = List.copyOf(evidence);
    }

    static Verdict of(List<Evidence> evidence) {
        int score = 0;
        for (Evidence piece : evidence) {
            score += piece.weight();
        }
        return new Verdict(score, evidence);
    }

    public boolean isConnectorError() {
        return score >= THRESHOLD;
    }
}
