package dev.connectorerrorbot.slack.card;

/** Slack's mrkdwn text rules: which characters must be escaped and how long a block's text may be. */
public final class Mrkdwn {
    /** Block Kit rejects a section whose text is longer than this. */
    public static final int SECTION_LIMIT = 3000;
    /** Block Kit rejects a header or button text longer than these. */
    static final int HEADER_LIMIT = 150;
    static final int BUTTON_TEXT_LIMIT = 75;

    private Mrkdwn() {
    }

    /** Slack treats only these three as control characters; escaping anything else would show the entity. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Text for a code block: escaped, and with backtick runs broken so a pasted fence cannot end the block. */
    static String code(String text) {
        return "```" + escape(text).replace("```", "`\u200B``") + "```";
    }

    public static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
