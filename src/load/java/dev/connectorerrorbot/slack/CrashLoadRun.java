package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.store.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash variant of the load test, run by the bench profile only: the real jar, in HTTP mode, against the fake
 * Slack, which answers some posts with 429 (7% Retry-After 1 s, 3% 10 s), 500 (3%), slowly (5%, 300 ms) or by
 * dropping the connection after carrying them out (2%). Events arrive at a steady rate and are delivered again the
 * way Slack does when a try is not acked ({@link SlackRedelivery}); meanwhile a bot process is killed with SIGKILL
 * twice and started again on the same port and data. On SQLite one process owns one data file; on PostgreSQL two
 * replicas share one database behind a round-robin balancer, and each is killed once. At the end it waits until the
 * queue is empty and Slack quiet, then counts each event's replies in the fake Slack: an acked event without a reply
 * is lost, an event with two is duplicated; either exits 1.
 *
 * <p>Settings (system properties): crash.events (2000), crash.channels (50), crash.rate (events a second, 50),
 * crash.retryDelays (seconds before Slack's retries 1, 2, 3: "1,10,30"; Slack's own schedule is "1,60,300"),
 * crash.stores ("sqlite,postgres"), crash.killAt (shares of the events sent before each kill, "0.3,0.75"),
 * crash.jar, crash.out, crash.seed.
 */
public final class CrashLoadRun {
    private static final int EVENTS = Integer.getInteger("crash.events", 2_000);
    private static final int CHANNELS = Integer.getInteger("crash.channels", 50);
    private static final int RATE = Integer.getInteger("crash.rate", 50);
    private static final long SEED = Long.getLong("crash.seed", 7L);
    /** The queue is empty and no post came for this long: the run is over. */
    private static final Duration QUIET = Duration.ofSeconds(10);
    private static final Duration MAX_DRAIN = Duration.ofMinutes(Long.getLong("crash.maxDrainMinutes", 20));

    private CrashLoadRun() {
    }

    public static void main(String[] arguments) throws Exception {
        Path jar = Path.of(System.getProperty("crash.jar", "target/connector-error-bot.jar")).toAbsolutePath();
        Path out = Path.of(System.getProperty("crash.out", "target/crash")).toAbsolutePath();
        List<Duration> retryDelays = Arrays.stream(System.getProperty("crash.retryDelays", "1,10,30").split(","))
                .map(seconds -> Duration.ofMillis((long) (Double.parseDouble(seconds.strip()) * 1000))).toList();
        List<Double> killAt = Arrays.stream(System.getProperty("crash.killAt", "0.3,0.75").split(","))
                .map(share -> Double.parseDouble(share.strip())).toList();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the jar first (./mvnw -DskipTests package)");
        }
        boolean failed = false;
        for (String store : System.getProperty("crash.stores", "sqlite,postgres").split(",")) {
            System.out.printf("%n== crash load test on %s: %d events over %d channels at %d/s, Slack retries after %s,"
                    + " SIGKILL at %s of the events sent ==%n", store.strip(), EVENTS, CHANNELS, RATE,
                    retryDelays, killAt);
            failed |= !runOn(store.strip(), jar, out.resolve(store.strip()), retryDelays, killAt);
        }
        System.exit(failed ? 1 : 0);
    }

    /** One variant, from a fresh database to the report; false when an event was lost or answered twice. */
    private static boolean runOn(String store, Path jar, Path workDir, List<Duration> retryDelays, List<Double> killAt)
            throws Exception {
        List<AutoCloseable> toClose = Collections.synchronizedList(new ArrayList<>());
        // A run stopped with Ctrl-C still stops the bot processes and PostgreSQL.
        Thread stopper = new Thread(() -> closeAll(toClose), "crash-load-stopper");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (FakeSlack slack = new FakeSlack()) {
            String database;
            int replicaCount;
            if (store.equals("postgres")) {
                TestPostgres postgres = TestPostgres.start();
                toClose.add(postgres);
                database = postgres.jdbcUrl();
                replicaCount = 2;
            } else if (store.equals("sqlite")) {
                Files.createDirectories(workDir.resolve("data"));
                database = workDir.resolve("data").resolve("bot-" + System.nanoTime() + ".db").toString();
                replicaCount = 1;
            } else {
                throw new IllegalArgumentException("crash.stores takes sqlite and postgres, not " + store);
            }
            List<JarReplica> replicas = new ArrayList<>();
            for (int replica = 0; replica < replicaCount; replica++) {
                JarReplica started = JarReplica.of("replica-" + (char) ('a' + replica), jar, slack.apiUrl(), database,
                        workDir);
                // added before start, so that a replica that fails to start is stopped too
                toClose.add(0, started);
                replicas.add(started);
                started.start();
            }
            SplittableRandom faults = new SplittableRandom(SEED);
            slack.injectByPolicy(call -> pickFault(call, faults));
            RoundRobinBalancer balancer = new RoundRobinBalancer(replicas);
            try (SlackRedelivery slackSide = new SlackRedelivery(EVENTS, retryDelays, balancer)) {
                return drive(slack, slackSide, balancer, replicas, killAt);
            }
        } finally {
            closeAll(toClose);
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    private static boolean drive(FakeSlack slack, SlackRedelivery slackSide, RoundRobinBalancer balancer,
            List<JarReplica> replicas, List<Double> killAt) throws Exception {
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        Thread sender = new Thread(() -> {
            long intervalNanos = 1_000_000_000L / RATE;
            for (int index = 0; index < EVENTS; index++) {
                long due = started + index * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                slackSide.deliver(index, event(index));
                sent.incrementAndGet();
            }
        }, "crash-load-sender");
        sender.start();
        List<String> kills = new Kills(replicas, balancer).run(killAt, EVENTS, sent::get, sender, started);
        sender.join();
        boolean drained = awaitDrained(slack, slackSide, replicas, started);
        CrashTally tally = CrashTally.of(slack, slackSide, EVENTS, CrashLoadRun::thread);
        System.out.printf("taken over after a kill: %d, of which found in the thread and not posted again: %d;"
                + " apologies posted: %d%n", linesInLogs(replicas, "acked by a process that stopped"),
                linesInLogs(replicas, "already in Slack; not posting it again"), tally.apologies());
        List<Long> acks = slackSide.ackMillis();
        System.out.printf("acked tries answered in: p50 %d ms, p99 %d ms, max %d ms; tries with no answer in 3 s,"
                + " by second of the run: %s%n", acks.get(acks.size() / 2), acks.get(acks.size() * 99 / 100),
                acks.get(acks.size() - 1), slackSide.timeoutsByWindow());
        return tally.report(kills, drained, started, loadBefore, loadAverage());
    }

    /** Waits until Slack has nothing left to retry, every replica's queue is empty and no post came for a while. */
    private static boolean awaitDrained(FakeSlack slack, SlackRedelivery slackSide, List<JarReplica> replicas,
            long started) throws InterruptedException {
        long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
        int posts = -1;
        long quietSince = System.nanoTime();
        long nextProgress = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int nowPosts = slack.acceptedPosts().size();
            if (nowPosts != posts) {
                posts = nowPosts;
                quietSince = System.nanoTime();
            }
            long queued = replicas.stream().mapToLong(JarReplica::queuedReplies).max().orElse(0);
            if (System.nanoTime() >= nextProgress) {
                System.out.printf("  %.0f s: %d posts, %d queued%n", (System.nanoTime() - started) / 1e9, posts,
                        queued);
                nextProgress = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            }
            if (queued == 0 && slackSide.settled(EVENTS) && System.nanoTime() - quietSince > QUIET.toNanos()) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    private static Fault pickFault(SlackCall call, SplittableRandom random) {
        if (!call.method().equals("chat.postMessage")) {
            return null;
        }
        synchronized (random) {
            int roll = random.nextInt(100);
            return roll < 7 ? Fault.RATE_LIMITED : roll < 10 ? Fault.RATE_LIMITED_FOR_10_SECONDS
                    : roll < 13 ? Fault.SERVER_ERROR : roll < 18 ? Fault.SLOW
                    : roll < 20 ? Fault.DROPPED_AFTER_ACCEPTING : null;
        }
    }

    private static String channel(int index) {
        return "C0CRASH" + (index % CHANNELS);
    }

    /** The thread event {@code index} is answered in: its channel and its message's ts. */
    private static String thread(int index) {
        return channel(index) + "/" + ts(index);
    }

    private static String ts(int index) {
        return "1700003000." + String.format("%06d", index);
    }

    private static String event(int index) {
        return Payloads.load("app_mention_top_level.json").replace("C0ALERTS", channel(index))
                .replace("1700000100.000100", ts(index)).replace("Ev0MENTIONTOP", "Ev0CRASH" + index);
    }

    private static long linesInLogs(List<JarReplica> replicas, String text) throws IOException {
        long lines = 0;
        for (JarReplica replica : replicas) {
            lines += replica.logLinesContaining(text);
        }
        return lines;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        synchronized (resources) {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception failure) {
                    System.err.println("could not stop " + resource + ": " + failure);
                }
            }
            resources.clear();
        }
    }
}
