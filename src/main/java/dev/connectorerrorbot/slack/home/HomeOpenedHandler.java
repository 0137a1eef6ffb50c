package dev.connectorerrorbot.slack.home;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;

/**
 * app_home_opened on the Home tab: acked at once, the tab published after the ack. Slack sends the event again on
 * every opening, so each opening shows fresh numbers; the Messages tab sends it too, and is left alone.
 */
public final class HomeOpenedHandler implements BoltEventHandler<AppHomeOpenedEvent> {
    private static final String HOME_TAB = "home";

    private final HomePublisher publisher;
    private final Executor executor;

    @Inject
    HomeOpenedHandler(HomePublisher publisher, Executor executor) {
        this.publisher = publisher;
        this.executor = executor;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (HOME_TAB.equals(event.getTab()) && event.getUser() != null) {
            executor.execute(() -> publisher.publish(event.getUser()));
        }
        return context.ack();
    }
}
