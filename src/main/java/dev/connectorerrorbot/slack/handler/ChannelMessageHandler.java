package dev.connectorerrorbot.slack.handler;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import dev.connectorerrorbot.store.ChannelMutes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Channel auto-reply: a plain user message in a public or private channel that contains a catalog error is
 * answered in its thread; anything else is acked and left alone, so the bot never adds noise.
 */
final class ChannelMessageHandler implements BoltEventHandler<MessageEvent> {
    private static final Set<String> CHANNEL_TYPES = Set.of("channel", "group");

    private final ChannelMutes mutes;
    private final ReplyTargets targets;
    private final ReplyComposer composer;
    private final ReplyJobs jobs;
    private final BotMetrics metrics;

    @Inject
    ChannelMessageHandler(ChannelMutes mutes, ReplyTargets targets, ReplyComposer composer, ReplyJobs jobs,
            BotMetrics metrics) {
        this.mutes = mutes;
        this.targets = targets;
        this.composer = composer;
        this.jobs = jobs;
        this.metrics = metrics;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        if (!isPlainUserMessage(event, context.getBotUserId())) {
            return context.ack();
        }
        Stopwatch endToEnd = metrics.startEndToEnd(MessageEvent.TYPE_NAME);
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        ReplyTarget thread = targets.thread(event.getChannel(), threadTs);
        jobs.submit(Delivery.ofMessage(payload.getEventId(), event.getChannel(), event.getTs()), event.getUser(),
                thread, () -> {
                    if (mutes.isMuted(event.getChannel())) {
                        return;
                    }
                    composer.answer(event.getText(), event.getUser(), event.getChannel(), threadTs,
                            ReplyComposer.Asked.CHANNEL, thread.andThen(endToEnd::stop));
                });
        return context.ack();
    }

    /**
     * Bots (the bot itself included) and edits are ignored, and so are messages that mention the bot: Slack also
     * delivers those as app_mention, which answers them even in a muted channel. Deletions and other subtypes never
     * reach this handler: Bolt routes them by subtype, and the app config acks them unhandled.
     */
    private static boolean isPlainUserMessage(MessageEvent event, String botUserId) {
        return event.getBotId() == null
                && event.getUser() != null
                && !event.getUser().equals(botUserId)
                && event.getEdited() == null
                && event.getText() != null
                && CHANNEL_TYPES.contains(event.getChannelType())
                && (botUserId == null || !event.getText().contains("<@" + botUserId));
    }
}
