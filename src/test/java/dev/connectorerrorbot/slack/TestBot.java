package dev.connectorerrorbot.slack;

import com.google.inject.Injector;
import com.google.inject.Module;
import dev.connectorerrorbot.app.BotModules;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.FrontEnd;
import dev.connectorerrorbot.store.BotDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The production bot, built from the production modules with test settings (Web API at the fake, a temporary
 * BOT_DB), started in one mode, and fed Slack's real wire formats: signed HTTP requests or Socket Mode envelopes.
 */
final class TestBot implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-1111-2222-testbottoken";
    static final String APP_TOKEN = "xapp-1-A111-2222-testapptoken";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final Mode mode;
    private final FakeSlack slack;
    private final Injector injector;
    private final RunningBot running;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestBot(Mode mode, FakeSlack slack, Injector injector, RunningBot running) {
        this.mode = mode;
        this.slack = slack;
        this.injector = injector;
        this.running = running;
    }

    static TestBot start(Mode mode, FakeSlack slack, Path database) throws SlackStartFailure {
        return start(settings(mode, slack.apiUrl(), database), slack);
    }

    /** The bot answering the bots and apps in {@code answeredBots} (BOT_ANSWER_BOTS) like people. */
    static TestBot start(Mode mode, FakeSlack slack, Path database, Set<String> answeredBots)
            throws SlackStartFailure {
        BotSettings plain = settings(mode, slack.apiUrl(), database);
        return start(new BotSettings(plain.frontEnd(), plain.botToken(), plain.appToken(), plain.signingSecret(),
                plain.port(), plain.slackApiUrl(), plain.catalogDirectory(), plain.database(), plain.adminChannel(),
                plain.metricsPort(), answeredBots), slack);
    }

    /**
     * The bot with these settings; {@code edges} replace only far edges (the waits between tries), never the bot's
     * own classes. {@code slack} is awaited in Socket Mode; it may be null for a bot that is not meant to start.
     */
    static TestBot start(BotSettings settings, FakeSlack slack, Module... edges) throws SlackStartFailure {
        TestBot bot = startWithoutConnection(settings, slack, edges);
        if (bot.mode == Mode.SOCKET_MODE) {
            try {
                slack.awaitConnection();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        return bot;
    }

    /**
     * The bot with these settings, returned once its start has returned; in Socket Mode nothing waits for its
     * WebSocket, for a test in which Slack's WebSocket cannot be opened yet.
     */
    static TestBot startWithoutConnection(BotSettings settings, FakeSlack slack, Module... edges)
            throws SlackStartFailure {
        Mode mode = settings.frontEnd() == FrontEnd.HTTP ? Mode.HTTP : Mode.SOCKET_MODE;
        Injector injector = injector(settings, edges);
        // As Main does: the database opens while Slack starts.
        injector.getInstance(BotDatabase.class).openInBackground();
        RunningBot running;
        try {
            running = injector.getInstance(SlackFrontEnd.class).start();
        } catch (SlackStartFailure failure) {
            // As Main does: the database went on opening in the background, and the test's folder is about to go.
            injector.getInstance(BotDatabase.class).close();
            throw failure;
        }
        return new TestBot(mode, slack, injector, running);
    }

    static BotSettings settings(Mode mode, URI apiUrl, Path database) {
        return new BotSettings(mode == Mode.HTTP ? FrontEnd.HTTP : FrontEnd.SOCKET_MODE, BOT_TOKEN,
                mode == Mode.HTTP ? null : APP_TOKEN, SIGNING_SECRET, 0, apiUrl, Path.of("catalog"),
                database.toString(), null);
    }

    /** {@code plain} with METRICS_PORT set: 0 lets the OS pick the operations server's port. */
    static BotSettings withMetricsPort(BotSettings plain, int metricsPort) {
        return new BotSettings(plain.frontEnd(), plain.botToken(), plain.appToken(), plain.signingSecret(),
                plain.port(), plain.slackApiUrl(), plain.catalogDirectory(), plain.database(), plain.adminChannel(),
                metricsPort);
    }

    /** The injector Main builds for Slack, from the same module list and with the same strict wiring. */
    static Injector injector(BotSettings settings, Module... edges) {
        return BotModules.injector(BotModules.slack(settings, new CatalogModule(loadCatalog())), edges);
    }

    /** Settings for a bot in {@code mode} that reports rejected catalog edits to {@code adminChannel}. */
    static BotSettings settings(Mode mode, URI apiUrl, Path database, Path catalog, String adminChannel) {
        BotSettings plain = settings(mode, apiUrl, database);
        return new BotSettings(plain.frontEnd(), plain.botToken(), plain.appToken(), plain.signingSecret(),
                plain.port(), apiUrl, catalog, database.toString(), adminChannel);
    }

    <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    int port() {
        return running.port();
    }

    /** The METRICS_PORT server's port, or -1 when the settings have no METRICS_PORT. */
    int metricsPort() {
        return running.metricsPort();
    }

    /** Delivers an Events API envelope (the JSON Slack POSTs) and returns the bot's ack. */
    Ack event(String envelopeJson) throws Exception {
        if (mode == Mode.SOCKET_MODE) {
            return new Ack(200, slack.sendEnvelope("events_api", envelopeJson).toString());
        }
        return post(envelopeJson.getBytes(StandardCharsets.UTF_8), "application/json", Instant.now());
    }

    /** Delivers a slash command; its fields are a JSON object, sent form-encoded over HTTP. */
    Ack command(String fieldsJson) throws Exception {
        if (mode == Mode.SOCKET_MODE) {
            return new Ack(200, slack.sendEnvelope("slash_commands", fieldsJson).toString());
        }
        Map<String, String> fields = Payloads.fields(fieldsJson);
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return post(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Instant.now());
    }

    /** Delivers a block_actions payload: a form field named payload over HTTP, an interactive envelope otherwise. */
    Ack action(String payloadJson) throws Exception {
        if (mode == Mode.SOCKET_MODE) {
            return new Ack(200, slack.sendEnvelope("interactive", payloadJson).toString());
        }
        byte[] form = ("payload=" + encode(payloadJson)).getBytes(StandardCharsets.UTF_8);
        return post(form, "application/x-www-form-urlencoded", Instant.now());
    }

    /** Delivers an Events API envelope over HTTP with extra headers, such as Slack's X-Slack-Retry-Num. */
    Ack eventWithHeaders(String envelopeJson, Map<String, String> headers) throws Exception {
        byte[] body = envelopeJson.getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        return send(body, "application/json", timestamp, new SlackSigner(SIGNING_SECRET).sign(timestamp, body),
                headers);
    }

    /** POSTs a body signed with the app's secret at {@code signedAt}. */
    Ack post(byte[] body, String contentType, Instant signedAt) throws Exception {
        long timestamp = signedAt.getEpochSecond();
        return postWithSignature(body, contentType, timestamp, new SlackSigner(SIGNING_SECRET).sign(timestamp, body));
    }

    Ack postWithSignature(byte[] body, String contentType, long timestamp, String signature) throws Exception {
        return send(body, contentType, timestamp, signature, Map.of());
    }

    private Ack send(byte[] body, String contentType, long timestamp, String signature, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port() + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Ack(response.statusCode(), response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running.close();
    }

    private static Catalog loadCatalog() {
        CatalogLoad load = new CatalogLoader().load(Path.of("catalog"));
        if (load instanceof CatalogLoad.Loaded loaded) {
            return loaded.catalog();
        }
        throw new IllegalStateException("the catalog in ./catalog does not load: " + ((CatalogLoad.Broken) load).report());
    }
}
