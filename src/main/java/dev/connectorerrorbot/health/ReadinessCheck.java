package dev.connectorerrorbot.health;

import java.util.Optional;

/** One thing the bot needs before it can answer; each feature that has such a need adds one to the set. */
public interface ReadinessCheck {

    /** Empty when ready; else a short plain-text reason for /readyz, such as {@code store unreachable: ...}. */
    Optional<String> problem();
}
