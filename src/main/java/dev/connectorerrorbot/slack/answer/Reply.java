package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.slack.inbound.Asked;
import dev.connectorerrorbot.slack.inbound.Destination;
import java.util.List;
import java.util.Objects;

/**
 * What the bot does about one ask or click, decided before anything happens: the steps, which the outbound
 * dispatcher carries out in order. No steps means the bot stays silent. A value, so tests assert on it directly.
 */
public record Reply(List<Step> steps) {
    public Reply {
        steps = List.copyOf(steps);
    }

    static Reply silence() {
        return new Reply(List.of());
    }

    static Reply of(Step... steps) {
        return new Reply(List.of(steps));
    }

    public boolean isSilent() {
        return steps.isEmpty();
    }

    /** One thing the dispatcher does for a reply. */
    public sealed interface Step permits Send, Share, Remember, RememberAlert, SetMuted, RecordVote, DeletePrivate,
            CountAnswers, CountNotFound {
    }

    /** Sends one message. */
    public record Send(Destination to, Content content) implements Step {
        public Send {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Posts a private answer in the channel for everyone. When Slack refuses (the bot is not in the channel, say), the
     * person who clicked is told why at {@code refusalTo} and the reply's later steps are skipped, so the private
     * answer stays.
     */
    public record Share(Destination.Channel to, Content content, Destination refusalTo) implements Step {
        public Share {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(refusalTo, "refusalTo");
        }
    }

    /** Marks errors answered in a thread, so that the bot does not answer them there again when it overhears them. */
    public record Remember(String channel, String threadTs, List<Finding> findings) implements Step {
        public Remember {
            findings = List.copyOf(findings);
        }
    }

    /** Marks errors answered for an alert bot in a channel, so that the same errors from it wait an hour. */
    public record RememberAlert(String channel, String bot, List<Finding> findings) implements Step {
        public RememberAlert {
            findings = List.copyOf(findings);
        }
    }

    /** Turns the channel's auto-replies off or on again. */
    public record SetMuted(String channel, boolean muted) implements Step {
    }

    /** Records a user's vote on an entry in a channel, replacing their earlier vote. */
    public record RecordVote(String entryId, String channel, String userId, boolean helpful) implements Step {
    }

    /** Removes the private message a button was clicked on. */
    public record DeletePrivate(String responseUrl) implements Step {
    }

    /** Counts the cards of an answer (metrics and the usage log behind the maintainers' report). */
    public record CountAnswers(List<Finding> findings, Language language, String channel) implements Step {
        public CountAnswers {
            findings = List.copyOf(findings);
        }
    }

    /** Counts a paste someone asked about in which no catalog error was found. */
    public record CountNotFound(String pasted, String channel, Asked asked) implements Step {
    }
}
