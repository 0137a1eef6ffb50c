package dev.connectorerrorbot.slack.outbound;

/**
 * For a call whose outcome is unknown (the connection dropped or timed out after the request was sent), finds out
 * whether Slack carried it out: a reply must never be posted twice, and should not be lost either.
 */
@FunctionalInterface
interface ResendCheck {
    /** Reads and in-place updates: sending again does no harm. */
    ResendCheck ALWAYS = () -> Finding.NOT_CARRIED_OUT;
    /** Posts that cannot be looked up afterwards: an unknown outcome is a failure, never a second post. */
    ResendCheck NEVER = () -> Finding.CANNOT_TELL;

    /** What the check found out. */
    enum Finding {
        /** Slack has it: the call succeeded, only its answer was lost. */
        CARRIED_OUT,
        /** Slack does not have it: send it again. */
        NOT_CARRIED_OUT,
        /** No way to know: give up rather than risk doing it twice. */
        CANNOT_TELL
    }

    /** Looks; an exception counts as {@link Finding#CANNOT_TELL}. */
    Finding check() throws Exception;
}
