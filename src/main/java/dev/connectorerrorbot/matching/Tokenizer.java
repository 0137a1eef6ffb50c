package dev.connectorerrorbot.matching;

import java.util.Arrays;

/**
 * Cuts text into a {@link TokenStream} in one pass: runs of letters, digits and underscores become one lower-case
 * word, every Japanese character is a token of its own (Japanese has no spaces), and a GUID is one token so that a
 * real tenant id can stand where the docs print a sample one.
 */
final class Tokenizer {
    static final String GUID_TERM = "<guid>";
    private static final int GUID_LENGTH = 36;

    private final Vocabulary vocabulary;

    Tokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    TokenStream tokenize(String raw) {
        String text = TextNormalizer.normalize(raw);
        int capacity = Math.max(8, text.length() / 3);
        String[] terms = new String[capacity];
        int[] ids = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] lines = new int[capacity];
        int size = 0;
        int line = 0;
        int index = 0;
        int length = text.length();
        while (index < length) {
            char c = text.charAt(index);
            int end;
            String term;
            if (c == '\n') {
                line++;
                index++;
                continue;
            } else if (isCjk(c)) {
                end = index + 1;
                term = String.valueOf(c);
            } else if (isWordChar(c)) {
                if (isGuidAt(text, index)) {
                    end = index + GUID_LENGTH;
                    term = GUID_TERM;
                } else {
                    end = index + 1;
                    while (end < length && isWordChar(text.charAt(end))) {
                        end++;
                    }
                    term = text.substring(index, end).toLowerCase(java.util.Locale.ROOT);
                }
            } else {
                index++;
                continue;
            }
            if (size == terms.length) {
                int grown = size * 2;
                terms = Arrays.copyOf(terms, grown);
                ids = Arrays.copyOf(ids, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                lines = Arrays.copyOf(lines, grown);
            }
            terms[size] = term;
            ids[size] = vocabulary.idOf(term);
            starts[size] = index;
            ends[size] = end;
            lines[size] = line;
            size++;
            index = end;
        }
        return new TokenStream(text, terms, ids, starts, ends, lines, size);
    }

    static boolean isCjk(char c) {
        return (c >= '\u3040' && c <= '\u30FF')      // hiragana, katakana and the long-vowel mark
                || (c >= '\u3400' && c <= '\u4DBF')   // CJK extension A
                || (c >= '\u4E00' && c <= '\u9FFF')   // CJK unified ideographs
                || (c >= '\uF900' && c <= '\uFAFF')   // CJK compatibility ideographs
                || c == '\u3005';                     // the iteration mark in 人々
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    private static boolean isGuidAt(String text, int start) {
        // the dash after the first eight characters rules out nearly every word at once
        if (start + GUID_LENGTH > text.length() || text.charAt(start + 8) != '-'
                || (start > 0 && isWordChar(text.charAt(start - 1)))) {
            return false;
        }
        for (int offset = 0; offset < GUID_LENGTH; offset++) {
            char c = text.charAt(start + offset);
            boolean dash = offset == 8 || offset == 13 || offset == 18 || offset == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        int after = start + GUID_LENGTH;
        return after == text.length() || !isWordChar(text.charAt(after));
    }
}
