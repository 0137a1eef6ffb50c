package dev.connectorerrorbot.slack.outbound;

import java.time.Duration;

/** Waits before the next try of a Slack call (backoff, Retry-After, pacing); tests replace it to wait for nothing. */
@FunctionalInterface
public interface BackoffPause {

    void pause(Duration duration) throws InterruptedException;
}
