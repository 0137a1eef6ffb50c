package dev.connectorerrorbot.slack;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A load balancer in front of the replicas: each event's first try goes to replica {@code index % n}, each retry to
 * the next one, and a replica its health check has marked down is skipped while another is up. Until the health
 * check notices a killed replica, tries still go to it and meet a refused connection, as they do in production.
 */
final class RoundRobinBalancer implements SlackRedelivery.Balancer {
    private final List<JarReplica> replicas;
    private final AtomicReferenceArray<Boolean> up;

    RoundRobinBalancer(List<JarReplica> replicas) {
        this.replicas = List.copyOf(replicas);
        this.up = new AtomicReferenceArray<>(replicas.size());
        for (int replica = 0; replica < replicas.size(); replica++) {
            up.set(replica, true);
        }
    }

    @Override
    public JarReplica pick(int index, int retry) {
        int size = replicas.size();
        int preferred = (index + retry) % size;
        for (int step = 0; step < size; step++) {
            int candidate = (preferred + step) % size;
            if (up.get(candidate)) {
                return replicas.get(candidate);
            }
        }
        return replicas.get(preferred);
    }

    /** The health check's verdict on {@code replica}. */
    void mark(JarReplica replica, boolean healthy) {
        up.set(replicas.indexOf(replica), healthy);
    }
}
