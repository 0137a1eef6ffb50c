package dev.connectorerrorbot.matching;

import java.util.Objects;

/** One piece of evidence about a found error: the kind and the words of the message that show it. */
public record Evidence(Signal signal, String shownBy) {
    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(shownBy, "shownBy");
    }

    public int weight() {
        return signal.weight();
    }
}
