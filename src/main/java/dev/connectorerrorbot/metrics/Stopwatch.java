package dev.connectorerrorbot.metrics;

/** A latency measurement that has started; stopping it records the time since in its histogram. */
@FunctionalInterface
public interface Stopwatch {
    void stop();
}
