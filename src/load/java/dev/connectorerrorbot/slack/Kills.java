package dev.connectorerrorbot.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Kills bot processes with SIGKILL at set points of a run (shares of the events sent), one replica after another,
 * and starts each again on the same port and data once the balancer's health check has marked it down, as a
 * service manager would.
 */
final class Kills {
    /** How long the balancer's health check takes to notice a dead replica; the restart comes after it. */
    private static final Duration HEALTH_CHECK_LAG = Duration.ofSeconds(2);

    private final List<JarReplica> replicas;
    private final RoundRobinBalancer balancer;
    private final List<String> done = new ArrayList<>();

    Kills(List<JarReplica> replicas, RoundRobinBalancer balancer) {
        this.replicas = List.copyOf(replicas);
        this.balancer = balancer;
    }

    /**
     * Kills replica {@code n % replicas} once {@code events * killAt[n]} events are sent (or sending stopped), and
     * restarts it; returns one line per kill: which replica, when, how many replies it had queued, its exit value.
     */
    List<String> run(List<Double> killAt, int events, IntSupplier sent, Thread sender, long startedNanos)
            throws Exception {
        for (int kill = 0; kill < killAt.size(); kill++) {
            int threshold = (int) (events * killAt.get(kill));
            while (sent.getAsInt() < threshold && sender.isAlive()) {
                Thread.sleep(20);
            }
            JarReplica victim = replicas.get(kill % replicas.size());
            int sentBefore = sent.getAsInt();
            long queued = victim.queuedReplies();
            int exitValue = victim.kill();
            String killed = String.format("%s at event %d: %d replies queued, exit value %d", victim.name(),
                    sentBefore, queued, exitValue);
            System.out.println("SIGKILL " + killed);
            done.add(killed);
            Thread.sleep(HEALTH_CHECK_LAG.toMillis());
            balancer.mark(victim, false);
            long restarting = System.nanoTime();
            victim.start();
            balancer.mark(victim, true);
            System.out.printf("restarted %s in %.1f s, at %.0f s of the run%n", victim.name(),
                    (System.nanoTime() - restarting) / 1e9, (System.nanoTime() - startedNanos) / 1e9);
        }
        return List.copyOf(done);
    }
}
