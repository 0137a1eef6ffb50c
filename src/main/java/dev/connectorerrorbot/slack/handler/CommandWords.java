package dev.connectorerrorbot.slack.handler;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.slack.card.NoticeRenderer;
import dev.connectorerrorbot.slack.card.SlackMessage;
import dev.connectorerrorbot.store.ChannelMutes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** The words the slash command understands instead of a paste: nothing or help, mute and unmute. */
final class CommandWords {
    private final ChannelMutes mutes;
    private final NoticeRenderer notices;
    private final ReplyLanguage languages;

    @Inject
    CommandWords(ChannelMutes mutes, NoticeRenderer notices, ReplyLanguage languages) {
        this.mutes = mutes;
        this.notices = notices;
        this.languages = languages;
    }

    /** The answer to a command word, or empty when the text is a paste to look up. */
    Optional<SlackMessage> answer(String text, String channel, String user) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "", "help" -> Optional.of(notices.usage(language(user)));
            case "mute" -> {
                mutes.mute(channel);
                yield Optional.of(notices.line(language(user), "mute.done"));
            }
            case "unmute" -> {
                mutes.unmute(channel);
                yield Optional.of(notices.line(language(user), "unmute.done"));
            }
            default -> Optional.empty();
        };
    }

    private Language language(String user) {
        return languages.forUser(user);
    }
}
