package dev.connectorerrorbot.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack's message markup back into the text the person pasted. Slack escapes {@code &}, {@code <} and
 * {@code >} in message text and wraps links and mentions in angle brackets ({@code <https://x|label>},
 * {@code <@U123>}); pasted logs often carry JSON escapes ({@code \"}, {@code \n}, {@code \u0022}) as well.
 */
public final class SlackMarkup {
    /** {@code <target>} or {@code <target|label>}; Slack never nests them, so the scan is linear. */
    private static final Pattern ANGLE_MARKUP = Pattern.compile("<([^<>|\\n]{1,2048}+)(?:\\|([^<>\\n]{0,2048}+))?>");
    private static final Pattern JSON_UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern JSON_WHITESPACE_ESCAPE = Pattern.compile("\\\\[nrt](?![a-z])|\\\\[nrt](?=[A-Z])");

    private SlackMarkup() {
    }

    public static String toPlainText(String slackText) {
        String text = unwrapAngleMarkup(slackText);
        if (text.indexOf('&') >= 0) {
            // Slack escapes only these three; &quot; and &#39; arrive when an error is copied from a web page.
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
        if (text.indexOf('\\') < 0) {
            return text;
        }
        text = JSON_UNICODE_ESCAPE.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
        return JSON_WHITESPACE_ESCAPE.matcher(text).replaceAll(" ");
    }

    private static String unwrapAngleMarkup(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return ANGLE_MARKUP.matcher(text).replaceAll(match -> Matcher.quoteReplacement(plain(match)));
    }

    private static String plain(java.util.regex.MatchResult match) {
        String target = match.group(1);
        String label = match.group(2);
        if (target.startsWith("@") || target.startsWith("!subteam^")) {
            return label == null ? "" : "@" + label;   // user and group mentions carry no error text
        }
        if (target.startsWith("#")) {
            return label == null ? "" : "#" + label;
        }
        if (target.startsWith("!")) {
            return "@" + target.substring(1);           // <!here>, <!channel>
        }
        return label == null || label.isEmpty() ? target : label;
    }
}
