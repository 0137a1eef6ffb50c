package dev.connectorerrorbot.slack.paste;

/** Slack's message markup escapes only these three characters; plain text joins message text escaped the same way. */
final class SlackText {
    private SlackText() {
    }

    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
