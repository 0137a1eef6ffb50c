package dev.connectorerrorbot.metrics;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Binds one metrics registry per bot, and the bot's instruments in it. The Prometheus client's static default
 * registry is never used, so two bots in one JVM (as in tests) count apart.
 */
public final class MetricsModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(BotMetrics.class).in(Singleton.class);
        bind(MetricsText.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    PrometheusRegistry registry() {
        return new PrometheusRegistry();
    }

    /** Explicit defaults: the client would otherwise read prometheus.properties and system properties. */
    @Provides
    @Singleton
    PrometheusProperties properties() {
        return PrometheusProperties.builder().build();
    }
}
