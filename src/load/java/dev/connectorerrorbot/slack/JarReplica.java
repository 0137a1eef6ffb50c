package dev.connectorerrorbot.slack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One bot process: target/connector-error-bot.jar run with {@code java -jar} in HTTP mode on a fixed port, with a
 * METRICS_PORT of its own and its output appended to a log file, so that it can be killed with SIGKILL and started
 * again on the same port and the same data, as a service manager would restart it.
 */
final class JarReplica implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String QUEUE_GAUGE = "connector_error_bot_reply_queue_items ";

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private final int metricsPort;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;

    private JarReplica(String name, Path jar, Map<String, String> environment, int port, int metricsPort, Path log) {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.port = port;
        this.metricsPort = metricsPort;
        this.log = log;
    }

    /** A replica of the bot against {@code slackApi} with its data in {@code database} (a file or a JDBC URL). */
    static JarReplica of(String name, Path jar, URI slackApi, String database, Path workDir) throws IOException {
        int port = freePort();
        int metricsPort = freePort();
        Map<String, String> environment = Map.of(
                "SLACK_BOT_TOKEN", TestBot.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", TestBot.SIGNING_SECRET,
                "PORT", Integer.toString(port),
                "METRICS_PORT", Integer.toString(metricsPort),
                "SLACK_API_URL", slackApi.toString(),
                "BOT_DB", database);
        Files.createDirectories(workDir);
        // each start appends to the log, which an earlier run's replica of the same name must not have begun
        Path log = workDir.resolve(name + ".log");
        Files.deleteIfExists(log);
        return new JarReplica(name, jar, environment, port, metricsPort, log);
    }

    String name() {
        return name;
    }

    URI eventsUrl() {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    Path log() {
        return log;
    }

    /** How many lines of the process's log, over all its starts, contain {@code text}. */
    long logLinesContaining(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /**
     * Starts the process (again) and waits until its Slack port accepts connections and its METRICS_PORT answers,
     * which the bot opens just before it takes over what an earlier process left.
     */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        process = builder.start();
        awaitListening();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (queuedReplies() < 0 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(100);
        }
    }

    /**
     * Kills the process with SIGKILL, as the kernel's OOM killer or {@code kill -9} does: no shutdown hook runs and
     * nothing in flight is finished. On Linux {@link Process#destroyForcibly()} sends SIGKILL; the exit value
     * 137 (128 + 9) returned here shows it did.
     */
    int kill() throws InterruptedException {
        Process running = process;
        running.destroyForcibly();
        running.waitFor();
        return running.exitValue();
    }

    /** Queued replies as the process's own /metrics reports them, or -1 when it cannot be read. */
    long queuedReplies() {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines().filter(line -> line.startsWith(QUEUE_GAUGE))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(QUEUE_GAUGE.length()).strip()))
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stops the process if it still runs: SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                throw new IOException(name + " exited with code " + process.exitValue() + " before listening; see "
                        + log);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
        }
        process.destroyForcibly();
        throw new IOException(name + " did not listen on port " + port + " within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
