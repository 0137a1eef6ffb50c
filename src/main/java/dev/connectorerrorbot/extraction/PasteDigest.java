package dev.connectorerrorbot.extraction;

import dev.connectorerrorbot.redaction.SecretRedactor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a not-found paste that the report keeps: its first error-like line from the error on, secrets masked,
 * the parts that differ between tenants (ids, hosts, addresses, times, long numbers) replaced by a marker so that
 * the same error from two tenants groups as one, and cut to a bounded length. Chatter gives nothing.
 */
public final class PasteDigest {
    /** Longest digest kept; a connector error line is far shorter. */
    static final int MAX_LENGTH = 200;
    /** Longest paste looked at; the error line of a paste comes early. */
    private static final int MAX_INPUT = 8_000;

    /** Words that errors use. Matched anywhere, since they end class names such as HttpRequestFailure. */
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)(error|exception|failure|failed|denied"
            + "|unauthori[sz]ed|forbidden|invalid|refused|timed out|timeout|not found|unable to|cannot|could not)"
            + "|エラー|失敗|例外|拒否|無効|できません");
    /** What an error line has and a sentence of chatter mostly has not: a colon, a class name or a status code. */
    private static final Pattern ERROR_SHAPE = Pattern.compile(
            ":|[A-Za-z](Exception|Error|Failure)\\b|\\b[45]\\d\\d\\b|エラー|失敗|例外|拒否|無効|できません");

    /** Replaced in this order: the first patterns would otherwise be cut up by the later ones. */
    private static final List<Replacement> VARIABLE_PARTS = List.of(
            new Replacement("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?",
                    "<time>"),
            new Replacement("(?i)\\bhttps?://[^\\s]{1,500}+", "<url>"),
            new Replacement("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", "<id>"),
            new Replacement("\\b[\\w.+-]{1,64}+@[\\w-]{1,63}+(\\.[\\w-]{1,63}+)++", "<email>"),
            new Replacement("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b", "<ip>"),
            new Replacement("(?i)(?<![\\w.*-])[a-z0-9*-]{1,63}+(\\.[a-z0-9-]{1,63}+){0,8}\\.(com|net|org|io|cloud|microsoft"
                    + "|local|internal)\\b", "<host>"),
            new Replacement("\\b\\d{4,}+\\b", "<n>"),
            new Replacement("\\s++", " "));

    private final SecretRedactor redactor;

    @Inject
    public PasteDigest(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** The digest of the paste's first error-like line, or empty when no line looks like an error. */
    public Optional<String> errorLikeText(String pasted) {
        String bounded = pasted.length() > MAX_INPUT ? pasted.substring(0, MAX_INPUT) : pasted;
        for (String line : SlackMarkup.toPlainText(bounded).split("\n")) {
            if (ERROR_WORD.matcher(line).find() && ERROR_SHAPE.matcher(line).find()) {
                return Optional.of(digest(line));
            }
        }
        return Optional.empty();
    }

    private String digest(String line) {
        String text = fromTheError(redactor.redact(line));
        for (Replacement replacement : VARIABLE_PARTS) {
            text = replacement.pattern().matcher(text).replaceAll(replacement.marker());
        }
        text = text.strip();
        while (!text.isEmpty() && "`'\"".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    /**
     * The line from the start of the word that holds its first error word: the prose before it ("our Okta connector
     * shows") differs from person to person, the error does not.
     */
    private static String fromTheError(String line) {
        Matcher word = ERROR_WORD.matcher(line);
        if (!word.find()) {
            return line;
        }
        int start = word.start();
        while (start > 0 && isPartOfAName(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start);
    }

    private static boolean isPartOfAName(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '$';
    }

    /** A variable part of an error line and the marker that stands for it. */
    private record Replacement(Pattern pattern, String marker) {
        Replacement(String regex, String marker) {
            this(Pattern.compile(regex), marker);
        }
    }
}
