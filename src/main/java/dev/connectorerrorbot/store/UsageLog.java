package dev.connectorerrorbot.store;

/**
 * What the bot answered and which error-like pastes it could not find, kept for the maintainers' report. Recording
 * is best effort: a storage failure is logged and never thrown, so the answer itself still goes out.
 */
public interface UsageLog {

    /** Records one card the bot sent. */
    void answered(AnsweredEntry answer);

    /**
     * Records the error-like part of a paste in which no catalog error was found, redacted, normalised for grouping
     * and bounded in length; a paste with nothing error-like in it (chatter) records nothing.
     */
    void notFound(String pastedText, String channelId);
}
