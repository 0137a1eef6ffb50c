package dev.connectorerrorbot.extraction;

import dev.connectorerrorbot.redaction.SecretRedactor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a not-found paste that the report keeps: its first error-like line from the error on, reduced to an
 * allow-list digest. The parts that differ between tenants (ids, hosts, addresses, times, long numbers) become a
 * marker so that the same error from two tenants groups as one; of the rest only error class names, the words of
 * the documented errors and of error messages, short status numbers and punctuation are kept, and every other word
 * becomes {@link #PLACEHOLDER}. A secret therefore never reaches the store, even one the redactor does not know.
 * Cut to a bounded length. Chatter gives nothing.
 */
public final class PasteDigest {
    /** Longest digest kept; a connector error line is far shorter. */
    static final int MAX_LENGTH = 200;
    /** What stands for a run of words that are not on the allow-list. */
    static final String PLACEHOLDER = "<…>";
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

    /** The pieces of an error line: markers, dotted names, Japanese runs, spaces, and any other single character. */
    private static final Pattern PIECE = Pattern.compile("(?<marker><(?:time|url|id|email|ip|host|n)>|\\[REDACTED\\])"
            + "|(?<word>[A-Za-z0-9_$]++(?:\\.[A-Za-z0-9_$]++)*+)"
            + "|(?<japanese>[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]++)"
            + "|(?<space>\\s++)"
            + "|(?<other>.)", Pattern.DOTALL);
    /** A Java or .NET class name of an exception or error, such as java.net.SocketTimeoutException. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z][a-z0-9_]*+\\.)*+(?:[A-Z][a-z0-9]*+){2,}+");
    private static final List<String> CLASS_NAME_ENDINGS = List.of("Exception", "Error", "Failure", "Fault");
    /** HTTP status codes and other short numbers; longer numbers are already markers. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");
    /** Punctuation that error lines are built with; it cannot carry a secret. */
    private static final String KEPT_PUNCTUATION = ":;,.'\"()[]{}/=-<>…";

    private final SecretRedactor redactor;
    private final DocumentedWords documented = DocumentedWords.SHIPPED;

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
        text = allowListed(text).strip();
        while (!text.isEmpty() && "`'\"".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    /** The text with every piece that is not on the allow-list replaced, runs of them by one placeholder. */
    private String allowListed(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        Matcher piece = PIECE.matcher(text);
        while (piece.find()) {
            if (piece.group("marker") != null) {
                kept.append(piece.group());
            } else if (piece.group("word") != null) {
                appendWord(kept, piece.group());
            } else if (piece.group("japanese") != null) {
                appendJapanese(kept, piece.group());
            } else if (piece.group("space") != null) {
                kept.append(' ');
            } else {
                appendOrPlaceholder(kept, KEPT_PUNCTUATION.indexOf(piece.group().charAt(0)) >= 0 ? piece.group() : null);
            }
        }
        return kept.toString();
    }

    /** A class name whole; any other dotted name (a host, a file) part by part. */
    private void appendWord(StringBuilder kept, String word) {
        if (CLASS_NAME.matcher(word).matches() && CLASS_NAME_ENDINGS.stream().anyMatch(word::endsWith)) {
            kept.append(word);
            return;
        }
        String[] parts = word.split("\\.", -1);
        for (int index = 0; index < parts.length; index++) {
            if (index > 0) {
                kept.append('.');
            }
            String part = parts[index];
            boolean allowed = documented.hasWord(part) || SHORT_NUMBER.matcher(part).matches();
            appendOrPlaceholder(kept, allowed ? part : null);
        }
    }

    /** Japanese has no spaces: the documented phrases are found longest first, and what lies between them goes. */
    private void appendJapanese(StringBuilder kept, String run) {
        int index = 0;
        while (index < run.length()) {
            int length = documented.longestPhraseAt(run, index);
            if (length > 0) {
                kept.append(run, index, index + length);
                index += length;
            } else {
                appendOrPlaceholder(kept, null);
                index++;
            }
        }
    }

    /** Appends {@code piece}, or a placeholder for null unless the text already ends in one (spaces aside). */
    private static void appendOrPlaceholder(StringBuilder kept, String piece) {
        if (piece != null) {
            kept.append(piece);
            return;
        }
        int end = kept.length();
        while (end > 0 && kept.charAt(end - 1) == ' ') {
            end--;
        }
        if (end >= PLACEHOLDER.length() && kept.substring(end - PLACEHOLDER.length(), end).equals(PLACEHOLDER)) {
            kept.setLength(end);
            return;
        }
        kept.append(PLACEHOLDER);
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
