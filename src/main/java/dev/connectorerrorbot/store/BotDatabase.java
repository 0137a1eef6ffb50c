package dev.connectorerrorbot.store;

/** The bot's storage as a whole, closed once at shutdown after the last reply in flight has finished. */
public interface BotDatabase {

    /** Closes the storage; later reads and writes fail. Closing twice does nothing. */
    void close();
}
