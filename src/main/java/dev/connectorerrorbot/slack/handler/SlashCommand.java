package dev.connectorerrorbot.slack.handler;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.connectorerrorbot.metrics.BotMetrics;
import dev.connectorerrorbot.metrics.Stopwatch;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.slack.delivery.ReplyTarget;
import dev.connectorerrorbot.slack.delivery.ReplyTargets;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code /connector-error}: acked at once (Slack shows a timeout after 3 seconds), then answered to the caller
 * only: a card with a share button for pasted text, usage for nothing or {@code help}, and {@code mute}/{@code
 * unmute} for the channel's auto-replies.
 */
final class SlashCommand implements SlashCommandHandler {
    static final String COMMAND = "/connector-error";

    private final ReplyTargets targets;
    private final CommandWords words;
    private final ReplyComposer composer;
    private final ReplyJobs jobs;
    private final BotMetrics metrics;

    @Inject
    SlashCommand(ReplyTargets targets, CommandWords words, ReplyComposer composer, ReplyJobs jobs,
            BotMetrics metrics) {
        this.targets = targets;
        this.words = words;
        this.composer = composer;
        this.jobs = jobs;
        this.metrics = metrics;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        Stopwatch endToEnd = metrics.startEndToEnd("slash_command");
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText();
        String user = payload.getUserId();
        String channel = payload.getChannelId();
        ReplyTarget caller = targets.ephemeral(payload.getResponseUrl());
        jobs.submit(Delivery.ofCommand(payload.getTriggerId(), channel), user, caller, () -> {
            ReplyTarget timedCaller = caller.andThen(endToEnd::stop);
            Optional<SlackMessage> commandReply = words.answer(text, channel, user);
            if (commandReply.isPresent()) {
                timedCaller.send(commandReply.get());
            } else {
                composer.answer(text, user, channel, null, ReplyComposer.Asked.COMMAND, timedCaller);
            }
        });
        return context.ack();
    }
}
