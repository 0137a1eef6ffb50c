package dev.connectorerrorbot.health;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Asks every readiness check at once: the bot is ready when none reports a problem. */
final class Readiness {
    private final Set<ReadinessCheck> checks;

    @Inject
    Readiness(Set<ReadinessCheck> checks) {
        this.checks = checks;
    }

    /** Every problem reported now, sorted so that the text of /readyz is stable; empty when ready. */
    public List<String> problems() {
        return checks.stream().map(ReadinessCheck::problem).flatMap(Optional::stream).sorted().toList();
    }
}
