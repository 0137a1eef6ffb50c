package dev.connectorerrorbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.Event;
import dev.connectorerrorbot.slack.card.CardActions;
import dev.connectorerrorbot.slack.home.HomeOpenedHandler;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The bot's Bolt handlers, all of one shape: the payload's adapter turns it into an {@link Ask} (or a
 * {@link Click}), the reply queue claims the delivery, and the handler acks. Bolt 1.45.4 sends the ack only when
 * the handler returns, so nothing slow happens here: the answer is composed and sent after the ack.
 */
public final class HandlerRegistration {
    private final ReplyQueue queue;
    private final List<EventAdapter<?>> eventAdapters;
    private final SlashCommandAdapter slashCommand;
    private final MessageShortcutAdapter messageShortcut;
    private final HomeOpenedHandler homeOpened;

    @Inject
    HandlerRegistration(ReplyQueue queue, List<EventAdapter<?>> eventAdapters, SlashCommandAdapter slashCommand,
            MessageShortcutAdapter messageShortcut, HomeOpenedHandler homeOpened) {
        this.queue = queue;
        this.eventAdapters = eventAdapters;
        this.slashCommand = slashCommand;
        this.messageShortcut = messageShortcut;
        this.homeOpened = homeOpened;
    }

    public void registerOn(App app) {
        eventAdapters.forEach(adapter -> registerEvent(app, adapter));
        app.command(SlashCommandAdapter.COMMAND, (request, context) -> {
            slashCommand.ask(request.getPayload()).ifPresent(queue::enqueue);
            return context.ack();
        });
        app.messageShortcut(MessageShortcutAdapter.CALLBACK_ID, (request, context) -> {
            messageShortcut.ask(request.getPayload()).ifPresent(queue::enqueue);
            return context.ack();
        });
        app.blockAction(CardActions.ANY, (request, context) -> {
            Click.of(request.getPayload()).ifPresent(queue::enqueue);
            return context.ack();
        });
        app.event(AppHomeOpenedEvent.class, homeOpened);
    }

    private <E extends Event> void registerEvent(App app, EventAdapter<E> adapter) {
        app.event(adapter.eventType(), (payload, context) -> {
            adapter.ask(payload, context.getBotUserId()).ifPresent(queue::enqueue);
            return context.ack();
        });
    }
}
