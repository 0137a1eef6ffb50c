package dev.connectorerrorbot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import dev.connectorerrorbot.metrics.BotMetrics;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Counts every request Bolt runs by kind: the event type for Events API deliveries ({@code app_mention},
 * {@code message}), else {@code slash_command}, {@code block_actions} or the request type. Unsigned requests never
 * get this far in HTTP mode.
 */
final class ReceivedEvents implements Middleware {
    private final BotMetrics metrics;

    @Inject
    ReceivedEvents(BotMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request type
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        metrics.eventReceived(kind(request));
        return chain.next(request);
    }

    static String kind(Request<?> request) {
        RequestType type = request.getRequestType();
        if (type == RequestType.Event && request instanceof EventRequest event && event.getEventType() != null) {
            return event.getEventType();
        }
        if (type == RequestType.Command) {
            return "slash_command";
        }
        if (type == RequestType.BlockAction) {
            return "block_actions";
        }
        return type == null ? "unknown" : type.name().toLowerCase(Locale.ROOT);
    }
}
