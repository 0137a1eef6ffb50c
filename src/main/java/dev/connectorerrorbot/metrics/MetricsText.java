package dev.connectorerrorbot.metrics;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the bot's registry in the Prometheus text exposition format (version 0.0.4), as /metrics serves it. */
public final class MetricsText {
    private final PrometheusRegistry registry;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    @Inject
    MetricsText(PrometheusRegistry registry) {
        this.registry = registry;
    }

    public String contentType() {
        return writer.getContentType();
    }

    public void writeTo(OutputStream out) throws IOException {
        writer.write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
    }
}
