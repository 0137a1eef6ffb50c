package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.matching.MatchedError;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the reply language from the person's own words, not from what they pasted: Japanese prose around a long
 * English stack trace gets a Japanese answer; an English question quoting the Japanese form of an error gets an
 * English one. Pasted material is left out: the errors found, code blocks and inline code, quoted lines, and lines
 * without kana that look like program output. Japanese needs kana: Chinese shares the ideographs but has none, and is
 * answered in English.
 */
final class LanguageDetector {
    /** One Japanese character carries about as much as three Latin letters. */
    private static final int LATIN_LETTERS_PER_JAPANESE_CHARACTER = 3;
    /** Chinese has no kana at all, so one is enough to tell Japanese from it; two characters make a word. */
    private static final int MIN_KANA = 1;
    private static final int MIN_JAPANESE_CHARACTERS = 2;
    /** With hiragana, English prose must be this many times longer than the Japanese to win. */
    private static final int PROSE_LETTERS_PER_JAPANESE_CHARACTER = 6;

    private static final Pattern PROGRAM_OUTPUT = Pattern.compile("Exception|Error|\\{|://|\\.java:\\d"
            + "|^\\s{0,20}+at \\S{1,300}+\\(|^\\s{0,20}+\\d|\\b(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\\b");

    private LanguageDetector() {
    }

    static Language detect(String text, List<MatchedError> errors) {
        return count(text, errors).language();
    }

    /** The counts behind the choice, in words, for {@code lookup --explain}. */
    static String explain(String text, List<MatchedError> errors) {
        Counts counts = count(text, errors);
        return counts.language().code() + " (the person's own words: " + counts.kana() + " kana of which "
                + counts.hiragana() + " hiragana, " + counts.japanese() + " Japanese characters in all, "
                + counts.latin() + " Latin letters of which " + counts.proseLatin() + " in lower-case words)";
    }

    private static Counts count(String text, List<MatchedError> errors) {
        char[] own = ownWords(text, errors);
        Counts counts = Counts.of(own);
        return counts.japanese() + counts.latin() > 0 ? counts : Counts.of(outsideErrors(text, errors));
    }

    /** The text with pasted material blanked out. */
    private static char[] ownWords(String text, List<MatchedError> errors) {
        char[] chars = outsideErrors(text, errors);
        boolean inFence = false;
        int lineStart = 0;
        while (lineStart <= chars.length) {
            int lineEnd = lineStart;
            while (lineEnd < chars.length && chars[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = new String(chars, lineStart, lineEnd - lineStart);
            boolean fenceMark = line.contains("```");
            boolean pasted = inFence || fenceMark || line.stripLeading().startsWith(">") || isProgramOutput(line);
            if (fenceMark && line.indexOf("```") == line.lastIndexOf("```")) {
                inFence = !inFence;
            }
            for (int index = lineStart; index < lineEnd; index++) {
                if (pasted) {
                    chars[index] = ' ';
                }
            }
            blankInlineCode(chars, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return chars;
    }

    private static char[] outsideErrors(String text, List<MatchedError> errors) {
        char[] chars = text.toCharArray();
        for (MatchedError error : errors) {
            java.util.Arrays.fill(chars, error.start(), error.end(), ' ');
        }
        return chars;
    }

    /**
     * A line with no kana holding an exception, JSON, a stack frame, a URL, a log level or a leading timestamp was
     * pasted, not written.
     */
    private static boolean isProgramOutput(String line) {
        if (Counts.of(line.toCharArray()).kana() > 0) {
            return false;
        }
        return PROGRAM_OUTPUT.matcher(line).find();
    }

    private static void blankInlineCode(char[] chars, int from, int to) {
        int open = -1;
        for (int index = from; index < to; index++) {
            if (chars[index] != '`') {
                continue;
            }
            if (open < 0) {
                open = index;
            } else {
                java.util.Arrays.fill(chars, open, index + 1, ' ');
                open = -1;
            }
        }
    }

    /**
     * Kana, hiragana, all Japanese characters, all Latin letters, and the Latin letters of words that start in lower
     * case: English prose, as opposed to product names ("Google Workspace", "MCAS") that Japanese admins write in
     * Latin letters too.
     */
    private record Counts(int kana, int hiragana, int japanese, int latin, int proseLatin) {
        static Counts of(char[] chars) {
            int kana = 0;
            int hiragana = 0;
            int japanese = 0;
            int latin = 0;
            int proseLatin = 0;
            boolean inProseWord = false;
            char previous = ' ';
            for (char c : chars) {
                boolean isLatin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (isLatin && !Character.isLetterOrDigit(previous)) {
                    inProseWord = c >= 'a' && c <= 'z';
                }
                if (c >= '\u3040' && c <= '\u30FF') {
                    kana++;
                    hiragana += c <= '\u309F' ? 1 : 0;
                    japanese++;
                } else if ((c >= '\u4E00' && c <= '\u9FFF') || c == '\u3005') {
                    japanese++;
                } else if (isLatin) {
                    latin++;
                    proseLatin += inProseWord ? 1 : 0;
                }
                previous = c;
            }
            return new Counts(kana, hiragana, japanese, latin, proseLatin);
        }

        /**
         * Japanese grammar is written in hiragana (の, で, が), so with any of it the message is Japanese unless
         * English prose plainly outweighs it; kana without hiragana (a katakana name in an English sentence) has to
         * outweigh all the Latin letters.
         */
        Language language() {
            if (kana < MIN_KANA || japanese < MIN_JAPANESE_CHARACTERS) {
                return Language.EN;
            }
            boolean writesJapanese = hiragana > 0
                    ? proseLatin <= japanese * PROSE_LETTERS_PER_JAPANESE_CHARACTER
                    : japanese * LATIN_LETTERS_PER_JAPANESE_CHARACTER >= latin;
            return writesJapanese ? Language.JA : Language.EN;
        }
    }
}
