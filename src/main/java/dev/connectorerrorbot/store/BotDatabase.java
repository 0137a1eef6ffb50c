package dev.connectorerrorbot.store;

/**
 * The bot's storage as a whole: opened in the background from the start, awaited before the bot takes events,
 * closed once at shutdown after the last reply in flight has finished.
 */
public interface BotDatabase {

    /** Starts opening the database on a thread of its own, once; returns at once. */
    void openInBackground();

    /**
     * Waits until the database is open and its schema migrated; throws {@link java.io.UncheckedIOException} with
     * one line saying why it could not be opened (never the URL's password).
     */
    void awaitOpen();

    /**
     * Starts looking, until {@link #close}, for the database's file being deleted or replaced under the running bot
     * (an ERROR line, then /readyz 503 and refused writes); does nothing on PostgreSQL.
     */
    void watchForLoss();

    /** Asks the open database for one row, as cheaply as it can; throws {@link IllegalStateException} if it cannot. */
    void ping();

    /** Closes the storage; later reads and writes fail. Closing twice does nothing. */
    void close();
}
