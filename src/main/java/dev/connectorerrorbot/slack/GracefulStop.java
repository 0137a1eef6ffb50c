package dev.connectorerrorbot.slack;

import com.slack.api.bolt.App;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import dev.connectorerrorbot.store.BotDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a front end in the order that loses nothing already acked: stop taking deliveries, let the replies in
 * flight finish (for a bounded time), stop the Bolt app, close the database.
 */
public final class GracefulStop {
    /** Long enough for a reply that waits out a Retry-After; a stop request is not held up longer than this. */
    static final Duration REPLY_GRACE = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

    private final ReplyWork work;
    private final BotDatabase database;

    @Inject
    GracefulStop(ReplyWork work, BotDatabase database) {
        this.work = work;
        this.database = database;
    }

    /** A stopper for {@link RunningBot}: {@code transport} stops taking deliveries, then the rest shuts down. */
    public RunningBot.Stopper after(RunningBot.Stopper transport, App app) {
        return () -> {
            LOG.info("stopping: no new deliveries, finishing the replies in flight");
            try {
                transport.stop();
            } finally {
                try {
                    work.awaitIdle(REPLY_GRACE);
                } finally {
                    app.stop();
                    database.close();
                }
            }
        };
    }
}
