package dev.connectorerrorbot.health;

import dev.connectorerrorbot.lookup.LiveCatalog;
import jakarta.inject.Inject;
import java.util.Optional;

/** Ready when a catalog with entries is in use: without one every paste would be "not found". */
final class CatalogCheck implements ReadinessCheck {
    private final LiveCatalog liveCatalog;

    @Inject
    CatalogCheck(LiveCatalog liveCatalog) {
        this.liveCatalog = liveCatalog;
    }

    @Override
    public Optional<String> problem() {
        return liveCatalog.catalog().entries().isEmpty() ? Optional.of("catalog not loaded: it has no entries")
                : Optional.empty();
    }
}
