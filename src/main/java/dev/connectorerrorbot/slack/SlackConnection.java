package dev.connectorerrorbot.slack;

import dev.connectorerrorbot.health.ReadinessCheck;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the bot can hear from Slack now: in HTTP mode from when the server listens until it stops; in Socket Mode
 * while the WebSocket is open (a close marks it down until the reconnected socket receives its hello).
 */
public final class SlackConnection implements ReadinessCheck {
    private final AtomicBoolean connected = new AtomicBoolean();

    @Inject
    SlackConnection() {
        // down until a front end has started
    }

    public void connected() {
        connected.set(true);
    }

    public void disconnected() {
        connected.set(false);
    }

    @Override
    public Optional<String> problem() {
        return connected.get() ? Optional.empty() : Optional.of("Slack not connected");
    }
}
