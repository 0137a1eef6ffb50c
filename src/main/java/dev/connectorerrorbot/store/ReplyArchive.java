package dev.connectorerrorbot.store;

import java.util.Optional;

/**
 * The content of replies the bot has sent, by id, so that a button click (another language, the app chosen for an
 * ambiguous error, sharing) can render the same reply again: ephemeral messages are not sent back with the click.
 */
public interface ReplyArchive {

    /** Stores an encoded reply under {@code id}, which the caller chose (see {@code SavedReplies}). */
    void save(long id, String encodedReply);

    Optional<String> find(long id);
}
