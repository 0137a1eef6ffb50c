package dev.connectorerrorbot.blackbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The built jar, target/connector-error-bot.jar, run with {@code java -jar} as a process of its own in HTTP mode,
 * with an environment set here and nothing else (no LANG), and fed requests signed the way Slack signs them.
 */
final class BotJar implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-1111-2222-blackboxbottoken";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Path JAR = Path.of("target", "connector-error-bot.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Map<String, String> environment;
    private final int port;
    private final StringBuffer output = new StringBuffer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BotJar(Process process, Map<String, String> environment, int port) {
        this.process = process;
        this.environment = environment;
        this.port = port;
        Thread pump = new Thread(this::collectOutput, "bot-jar-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts the jar in HTTP mode against {@code slackApi}, its data file in {@code workDir}, and waits until it listens. */
    static BotJar startHttpMode(URI slackApi, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Map<String, String> environment = Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "PORT", Integer.toString(port),
                "SLACK_API_URL", slackApi.toString(),
                "BOT_DB", workDir.resolve("data").resolve("bot.db").toString(),
                "CATALOG_DIR", Path.of("catalog").toAbsolutePath().toString());
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw verify, which packages it first");
        }
        // -XshowSettings:properties prints the JVM's charsets first, so a test can show which default it ran with.
        // The temp folder is the test's own, so that a test can see what the bot leaves in it.
        Files.createDirectories(temporaryFiles(workDir));
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-XshowSettings:properties",
                "-Djava.io.tmpdir=" + temporaryFiles(workDir), "-jar", JAR.toString()).directory(workDir.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        BotJar bot = new BotJar(builder.start(), environment, port);
        bot.awaitListening();
        return bot;
    }

    /** The bot's temp folder (java.io.tmpdir) when it runs in {@code workDir}. */
    static Path temporaryFiles(Path workDir) {
        return workDir.resolve("tmp");
    }

    /** The whole environment the process was started with. */
    Map<String, String> environment() {
        return environment;
    }

    /** The value a JVM property had in the bot process, as -XshowSettings printed it. */
    String jvmProperty(String name) {
        String prefix = name + " = ";
        return output.toString().lines().map(String::strip).filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).findFirst().orElse(null);
    }

    /** Everything the process printed so far (stdout and stderr). */
    String output() {
        return output.toString();
    }

    /** POSTs an Events API envelope, signed now. */
    Reply event(String envelopeJson) throws IOException, InterruptedException {
        return post(envelopeJson.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** POSTs a slash command, given as its fields, form-encoded and signed now. */
    Reply command(Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return post(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    Reply post(byte[] body, String contentType) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        return postWithSignature(body, contentType, timestamp, sign(SIGNING_SECRET, timestamp, body));
    }

    Reply postWithSignature(byte[] body, String contentType, long timestamp, String signature)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    /** Slack's v0 signature over the body's bytes. */
    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sends SIGTERM, as a service manager does, and waits for the process to end; empty if it did not. */
    Stopped terminate() throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return new Stopped(exited, exited ? process.exitValue() : -1);
    }

    /** Stops the process if a test has not: SIGTERM, then SIGKILL if it is still running. */
    @Override
    public void close() {
        try {
            if (process.isAlive() && !terminate().exited()) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The HTTP status and body the bot answered a request with. */
    record Reply(int status, String body) {
    }

    /** Whether the process ended after SIGTERM, and its exit code if it did. */
    record Stopped(boolean exited, int exitCode) {
    }

    /** Waits for the port to accept connections, or fails with the process's output if it exits first. */
    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the bot exited with code " + process.exitValue()
                        + " before listening; its output:\n" + output);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // not listening yet: wait on the process again
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the bot did not listen on port " + port + " within " + START_TIMEOUT
                + "; its output:\n" + output);
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException closed) {
            output.append("[output closed: ").append(closed.getMessage()).append("]\n");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
