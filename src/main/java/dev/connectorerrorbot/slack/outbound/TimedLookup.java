package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.slack.answer.Lookup;
import jakarta.inject.Inject;

/** The composer's catalog lookup, timed in the lookup latency histogram. */
final class TimedLookup implements Lookup {
    private final CatalogService catalog;
    private final BotMetrics metrics;

    @Inject
    TimedLookup(CatalogService catalog, BotMetrics metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
    }

    @Override
    public Answer lookup(String text) {
        return metrics.timeLookup(() -> catalog.lookup(text));
    }
}
