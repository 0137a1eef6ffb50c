package dev.connectorerrorbot.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarFile;

/**
 * The end-to-end benchmark's settings, from system properties ({@code -Dbench.events=5000} and so on; the pom passes
 * {@code -Dbench.args} through), with defaults that take about three minutes on two cores.
 */
record BenchSettings(Path botJar, Path outputDirectory, Path jmhResults, int warmUpEvents, int measuredEvents,
        int senders, Duration throughputWarmUp, Duration throughputLength, int throughputRounds, int startRounds,
        String jvmArguments, boolean isFlightRecorded, boolean httpMode, boolean socketMode) {

    static BenchSettings fromSystemProperties() {
        Path output = Path.of(System.getProperty("bench.out", "target/bench"));
        return new BenchSettings(
                Path.of(System.getProperty("bench.jar", "target/connector-error-bot.jar")),
                output,
                Path.of(System.getProperty("bench.jmhResults", output.resolve("jmh.json").toString())),
                Integer.getInteger("bench.warmup", 2_000),
                Integer.getInteger("bench.events", 2_000),
                Integer.getInteger("bench.senders", 16),
                Duration.ofSeconds(Integer.getInteger("bench.throughputWarmUpSeconds", 5)),
                Duration.ofSeconds(Integer.getInteger("bench.throughputSeconds", 10)),
                Integer.getInteger("bench.throughputRounds", 2),
                Integer.getInteger("bench.startRounds", 5),
                System.getProperty("bench.jvmArgs", ""),
                Boolean.getBoolean("bench.jfr"),
                !Boolean.getBoolean("bench.skipHttpMode"),
                !Boolean.getBoolean("bench.skipSocketMode"));
    }

    /**
     * The bare app runs on the bot jar's own libraries (same Bolt, Jetty, OkHttp and logging set-up) plus the
     * benchmark classes; only if the jar has no bolt-jetty does it fall back to the benchmark's whole class path.
     */
    String bareClassPath() {
        try (JarFile jar = new JarFile(botJar.toFile())) {
            String benchmarkClasses = Path.of(BareBoltApp.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString();
            return jar.getEntry("com/slack/api/bolt/jetty/SlackAppServer.class") != null
                    ? botJar + File.pathSeparator + benchmarkClasses
                    : System.getProperty("java.class.path");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the bot jar " + botJar + "; build it with"
                    + " ./mvnw -q -DskipTests package", failure);
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
