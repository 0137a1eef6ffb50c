package dev.connectorerrorbot.metrics;

import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.inject.Inject;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The bot's instruments, registered in the injected registry: what Slack delivered, what the bot answered, how
 * users voted, how the Web API behaved, and how long lookups and replies took. Label values are ids and codes
 * from bounded sets (event types, catalog entry ids, Slack method names and error codes), never user text.
 */
public final class BotMetrics {
    static final String PREFIX = "connector_error_bot_";
    /** A lookup is milliseconds; a long paste against the whole catalog should still stay well under a second. */
    private static final double[] LOOKUP_BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1};
    /** A reply is Web API round trips, and a rate-limited one waits out Retry-After (capped at 60 s). */
    private static final double[] REPLY_BUCKETS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private final Counter eventsReceived;
    private final Counter answers;
    private final Counter notFound;
    private final Counter ambiguousAsks;
    private final Counter feedback;
    private final Counter webApiErrors;
    private final Counter webApiRetries;
    private final Histogram lookupSeconds;
    private final Histogram endToEndSeconds;
    private final PrometheusRegistry registry;
    private final PrometheusProperties properties;

    @Inject
    BotMetrics(PrometheusRegistry registry, PrometheusProperties properties) {
        this.registry = registry;
        this.properties = properties;
        eventsReceived = Counter.builder(properties).name(PREFIX + "events_received")
                .help("Requests Slack delivered that passed the signature check, by kind (event type, slash_command,"
                        + " block_actions...), redeliveries included").labelNames("kind").register(registry);
        answers = Counter.builder(properties).name(PREFIX + "answers")
                .help("Resolution cards put in replies, by catalog entry and reply language").labelNames("entry", "language")
                .register(registry);
        notFound = Counter.builder(properties).name(PREFIX + "not_found_pastes")
                .help("Mentions and commands in which no catalog error was found").labelNames("asked")
                .register(registry);
        ambiguousAsks = Counter.builder(properties).name(PREFIX + "ambiguous_asks")
                .help("Errors shared by several apps that the bot asked about").register(registry);
        feedback = Counter.builder(properties).name(PREFIX + "feedback")
                .help("Helpful / Not helpful votes recorded").labelNames("vote").register(registry);
        webApiErrors = Counter.builder(properties).name(PREFIX + "web_api_errors")
                .help("Slack calls that failed for good, by method and reason (failure kind or Slack error code)")
                .labelNames("method", "reason").register(registry);
        webApiRetries = Counter.builder(properties).name(PREFIX + "web_api_retries")
                .help("Slack calls tried again, by method and the failure that caused it")
                .labelNames("method", "reason").register(registry);
        lookupSeconds = Histogram.builder(properties).name(PREFIX + "lookup_seconds").unit(Unit.SECONDS)
                .help("Time to find the catalog errors in one message").classicOnly()
                .classicUpperBounds(LOOKUP_BUCKETS).register(registry);
        endToEndSeconds = Histogram.builder(properties).name(PREFIX + "end_to_end_seconds").unit(Unit.SECONDS)
                .help("From a message reaching its handler to its reply being posted, by kind").classicOnly()
                .classicUpperBounds(REPLY_BUCKETS).labelNames("kind").register(registry);
    }

    /**
     * Reports the durable reply queue on every scrape: how many acked questions wait for their reply, and how long
     * the oldest has waited. A scrape that cannot read the store reports nothing for them.
     */
    public void watchReplyQueue(DoubleSupplier items, DoubleSupplier oldestSeconds) {
        GaugeWithCallback.builder(properties).name(PREFIX + "reply_queue_items")
                .help("Acked questions on the durable reply queue whose reply is not done yet")
                .callback(callback -> measured(items).ifPresent(callback::call)).register(registry);
        GaugeWithCallback.builder(properties).name(PREFIX + "reply_queue_oldest_seconds")
                .help("How long the oldest question on the reply queue has waited").unit(Unit.SECONDS)
                .callback(callback -> measured(oldestSeconds).ifPresent(callback::call)).register(registry);
    }

    private static OptionalDouble measured(DoubleSupplier value) {
        try {
            return OptionalDouble.of(value.getAsDouble());
        } catch (RuntimeException unreadable) {
            return OptionalDouble.empty();
        }
    }

    public void eventReceived(String kind) {
        eventsReceived.labelValues(kind).inc();
    }

    public void answered(String entryId, String languageCode) {
        answers.labelValues(entryId, languageCode).inc();
    }

    /** {@code asked} is how the question came: mention or command (channel chatter without an error is not a paste). */
    public void notFound(String asked) {
        notFound.labelValues(asked).inc();
    }

    public void ambiguousAsked() {
        ambiguousAsks.inc();
    }

    public void feedback(boolean helpful) {
        feedback.labelValues(helpful ? "helpful" : "not_helpful").inc();
    }

    public void webApiError(String method, String reason) {
        webApiErrors.labelValues(method, reason).inc();
    }

    public void webApiRetry(String method, String reason) {
        webApiRetries.labelValues(method, reason).inc();
    }

    /** Runs {@code lookup} and records how long it took, even when it throws. */
    public <T> T timeLookup(Supplier<T> lookup) {
        try (var timer = lookupSeconds.startTimer()) {
            return lookup.get();
        }
    }

    /** Starts timing a reply to a message of {@code kind}; stop it when the reply is posted. */
    public Stopwatch startEndToEnd(String kind) {
        var timer = endToEndSeconds.labelValues(kind).startTimer();
        return timer::observeDuration;
    }
}
