package dev.connectorerrorbot.slack.outbound;

import dev.connectorerrorbot.slack.answer.Reply;
import dev.connectorerrorbot.slack.answer.AlertMemory;
import dev.connectorerrorbot.slack.answer.ThreadMemory;
import dev.connectorerrorbot.store.ChannelMutes;
import dev.connectorerrorbot.store.FeedbackVotes;
import dev.connectorerrorbot.store.Vote;
import jakarta.inject.Inject;
import java.time.Clock;

/** Carries out the steps of a reply that record rather than send: thread memory, channel mutes, votes and counts. */
final class Records {
    private final ThreadMemory threads;
    private final AlertMemory alerts;
    private final ChannelMutes mutes;
    private final FeedbackVotes votes;
    private final Clock clock;
    private final AnswerRecording counts;

    @Inject
    Records(ThreadMemory threads, AlertMemory alerts, ChannelMutes mutes, FeedbackVotes votes, Clock clock,
            AnswerRecording counts) {
        this.threads = threads;
        this.alerts = alerts;
        this.mutes = mutes;
        this.votes = votes;
        this.clock = clock;
        this.counts = counts;
    }

    void record(Reply.Step step) {
        if (step instanceof Reply.Remember remember) {
            threads.remember(remember.channel(), remember.threadTs(), remember.findings());
        } else if (step instanceof Reply.RememberAlert alert) {
            alerts.remember(alert.channel(), alert.bot(), alert.findings());
        } else if (step instanceof Reply.SetMuted setting) {
            if (setting.muted()) {
                mutes.mute(setting.channel());
            } else {
                mutes.unmute(setting.channel());
            }
        } else if (step instanceof Reply.RecordVote vote) {
            votes.record(new Vote(vote.entryId(), vote.channel(), vote.userId(), vote.helpful(), clock.instant()));
            counts.voted(vote.helpful());
        } else if (step instanceof Reply.CountAnswers answers) {
            counts.answered(answers.findings(), answers.language(), answers.channel());
        } else if (step instanceof Reply.CountNotFound notFound) {
            counts.notFound(notFound.pasted(), notFound.channel(), notFound.asked().label());
        } else {
            throw new IllegalArgumentException("not a recording step: " + step);
        }
    }
}
