package dev.connectorerrorbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.MDC;

/**
 * Puts the id of what Slack delivered in the logging context (SLF4J MDC) while its handler runs, so that every log
 * line about it carries the id: {@code event_id} for Events API deliveries, {@code trigger_id} for slash commands and
 * button clicks, which have no event id. The reply jobs carry the context on to their own threads. The text log
 * shows it as {@code [event_id=Ev...]}; LOG_FORMAT=json has it under {@code mdc}.
 */
final class EventIdInLogs implements Middleware {
    static final String EVENT_ID = "event_id";
    static final String TRIGGER_ID = "trigger_id";

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request type
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        String key = request instanceof EventRequest ? EVENT_ID : TRIGGER_ID;
        String id = id(request);
        if (id == null) {
            return chain.next(request);
        }
        try (MDC.MDCCloseable scope = MDC.putCloseable(key, id)) {
            return chain.next(request);
        }
    }

    private static String id(Request<?> request) {
        if (request instanceof EventRequest event) {
            // Bolt 1.45.4 does not expose the envelope's event_id, so it is read from the body Bolt already holds.
            return eventId(event.getRequestBodyAsString());
        }
        if (request instanceof SlashCommandRequest command && command.getPayload() != null) {
            return command.getPayload().getTriggerId();
        }
        if (request instanceof BlockActionRequest action && action.getPayload() != null) {
            return action.getPayload().getTriggerId();
        }
        return null;
    }

    private static String eventId(String body) {
        try {
            JsonElement id = JsonParser.parseString(body).getAsJsonObject().get(EVENT_ID);
            return id == null || !id.isJsonPrimitive() ? null : id.getAsString();
        } catch (RuntimeException notAnEnvelope) {
            return null;
        }
    }
}
