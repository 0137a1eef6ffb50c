package dev.connectorerrorbot.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds word sequences ("Defender for Cloud Apps", "Okta", "アプリ コネクタ") in a tokenised message, each with a
 * value attached. A phrase ending in {@code *} matches any word that starts with it. A phrase never matches inside a
 * longer katakana word (ボックス is not in メールボックス), nor over tokens the caller masked (a Slack user name, an
 * e-mail address), because those are not the person naming something.
 */
final class Phrases<T> {
    private final Map<String, List<Phrase<T>>> byFirstTerm = new HashMap<>();
    private final List<Phrase<T>> prefixPhrases = new ArrayList<>();

    Phrases(Tokenizer tokenizer, List<Map.Entry<String, T>> phrases) {
        for (Map.Entry<String, T> phrase : phrases) {
            String text = phrase.getKey();
            boolean isPrefix = text.endsWith("*");
            TokenStream tokens = tokenizer.tokenize(isPrefix ? text.substring(0, text.length() - 1) : text);
            if (tokens.size == 0) {
                continue;
            }
            Phrase<T> compiled = new Phrase<>(phrase.getValue(), Arrays.copyOf(tokens.terms, tokens.size), isPrefix);
            if (isPrefix && tokens.size == 1) {
                prefixPhrases.add(compiled);
            } else {
                byFirstTerm.computeIfAbsent(tokens.terms[0], unused -> new ArrayList<>()).add(compiled);
            }
        }
    }

    /** Every occurrence in the message, in order of appearance; {@code masked} may be null. */
    List<Occurrence<T>> find(TokenStream tokens, boolean[] masked) {
        List<Occurrence<T>> found = new ArrayList<>();
        for (int position = 0; position < tokens.size; position++) {
            for (Phrase<T> phrase : byFirstTerm.getOrDefault(tokens.terms[position], List.of())) {
                addIfMatches(phrase, tokens, position, masked, found);
            }
            for (Phrase<T> phrase : prefixPhrases) {
                addIfMatches(phrase, tokens, position, masked, found);
            }
        }
        return found;
    }

    private static <T> void addIfMatches(Phrase<T> phrase, TokenStream tokens, int position, boolean[] masked,
            List<Occurrence<T>> found) {
        int end = position + phrase.terms().length;
        if (!phrase.matchesAt(tokens, position) || !Katakana.isWholeWord(tokens, position, end)) {
            return;
        }
        for (int index = position; masked != null && index < end; index++) {
            if (masked[index]) {
                return;
            }
        }
        found.add(new Occurrence<>(phrase.value(), position, end));
    }

    /** The phrase with value {@code value} covers tokens {@code [start, end)}. */
    record Occurrence<T>(T value, int start, int end) {
    }

    private record Phrase<T>(T value, String[] terms, boolean isPrefix) {
        boolean matchesAt(TokenStream tokens, int position) {
            if (position + terms.length > tokens.size) {
                return false;
            }
            int last = terms.length - 1;
            for (int offset = 0; offset < terms.length; offset++) {
                String term = tokens.terms[position + offset];
                boolean matches = offset == last && isPrefix ? term.startsWith(terms[offset]) : term.equals(terms[offset]);
                if (!matches) {
                    return false;
                }
            }
            return true;
        }
    }
}
