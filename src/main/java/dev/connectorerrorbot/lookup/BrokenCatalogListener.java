package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogProblem;
import java.util.List;

/** Told when an edited catalog fails validation and the last good catalog stays in use; Slack reports it to admins. */
public interface BrokenCatalogListener {
    void catalogEditRejected(List<CatalogProblem> problems);
}
