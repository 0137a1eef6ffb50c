package dev.connectorerrorbot.store;

import java.util.Optional;

/**
 * The content of replies the bot has sent, by id, so that a button click (another language, the app chosen for an
 * ambiguous error, sharing) can render the same reply again: ephemeral messages are not sent back with the click.
 */
public interface ReplyArchive {

    /** Stores an encoded reply and returns its id. */
    long save(String encodedReply);

    Optional<String> find(long id);
}
