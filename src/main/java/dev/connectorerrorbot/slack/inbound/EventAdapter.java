package dev.connectorerrorbot.slack.inbound;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.Event;
import java.util.Optional;

/**
 * Turns one kind of Events API event into the question it asks, or empty when the bot leaves it alone. Adapters read
 * the payload only: no Web API call, no storage. A new kind of event is one more adapter, bound in
 * {@link InboundModule}.
 */
interface EventAdapter<E extends Event> {

    /** The Bolt event class this adapter reads; Bolt routes by type and subtype, one handler per class. */
    Class<E> eventType();

    Optional<Ask> ask(EventsApiPayload<E> payload, String botUserId);
}
