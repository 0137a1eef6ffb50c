package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.WebSocket;

/**
 * One app under test as its own JVM: started with its log in a file, ready once its port accepts connections
 * (both apps load everything, catalog and auth.test included, before they listen), or in Socket Mode once it has
 * opened its WebSocket and been said hello to; measured through /proc.
 */
final class AppProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final int port;
    private final Process process;
    private final long startedNanos;
    private final Path log;
    /** The Socket Mode connection, for an app in Socket Mode; null in HTTP mode. */
    private final CompletableFuture<WebSocket> socket;

    private AppProcess(String name, int port, Process process, long startedNanos, Path log,
            CompletableFuture<WebSocket> socket) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
        this.socket = socket;
    }

    static AppProcess start(String name, List<String> command, Map<String, String> environment, int port, Path log)
            throws IOException {
        return start(name, command, environment, port, log, null);
    }

    /** An app in Socket Mode: ready when {@code socket} completes (the fake Slack said hello on it). */
    static AppProcess start(String name, List<String> command, Map<String, String> environment, int port, Path log,
            CompletableFuture<WebSocket> socket) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("SLACK_") || key.endsWith("_PROXY")
                || key.endsWith("_proxy") || key.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new AppProcess(name, port, builder.start(), started, log, socket);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** The app's Socket Mode connection once it is ready, or null for an app in HTTP mode. */
    WebSocket socket() {
        return socket == null ? null : socket.getNow(null);
    }

    /** Waits until the app listens (or has its Socket Mode connection) and returns the time from start to then. */
    Duration awaitReady() throws InterruptedException {
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready;"
                        + " see " + log);
            }
            if (socket != null) {
                try {
                    socket.get(100, TimeUnit.MILLISECONDS);
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                } catch (TimeoutException notYet) {
                    continue;
                } catch (ExecutionException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            } catch (IOException notYet) {
                Thread.sleep(2);
            }
        }
        throw new IllegalStateException(name + " did not listen on port " + port + " within " + START_TIMEOUT
                + "; see " + log);
    }

    /** Resident memory in kibibytes (VmRSS), or the peak so far (VmHWM). */
    long residentKib(boolean peak) {
        String field = peak ? "VmHWM:" : "VmRSS:";
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the memory of " + name, failure);
        }
        throw new IllegalStateException("no " + field + " for " + name);
    }

    /**
     * Writes the app's flight recording now, from the running process, so that both apps' recordings end at the
     * same point of the run rather than at their different shutdowns.
     */
    void dumpFlightRecording(Path file) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(process.pid()), "JFR.dump", "filename=" + file.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        // jcmd can return before the file is complete; wait until it stops growing
        long size = -1;
        while (!Files.exists(file) || Files.size(file) != size) {
            size = Files.exists(file) ? Files.size(file) : -1;
            Thread.sleep(1_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
