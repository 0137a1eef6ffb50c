package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.App;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where a message names an app (Okta, okta.com, セールスフォース, AADSTS…), so that an error string shared by
 * several apps can be pinned to the one the person is talking about. A hint ending in {@code *} matches any word that
 * starts with it.
 */
final class AppHints {
    private final Map<String, List<Hint>> hintsByFirstTerm = new HashMap<>();
    private final List<Hint> prefixHints = new ArrayList<>();

    AppHints(List<App> apps, Vocabulary vocabulary) {
        Tokenizer tokenizer = new Tokenizer(vocabulary);
        for (App app : apps) {
            for (String hint : app.hints()) {
                boolean isPrefix = hint.endsWith("*");
                String words = isPrefix ? hint.substring(0, hint.length() - 1) : hint;
                TokenStream tokens = tokenizer.tokenize(words);
                if (tokens.size == 0) {
                    continue;
                }
                String[] terms = java.util.Arrays.copyOf(tokens.terms, tokens.size);
                Hint compiled = new Hint(app, terms, isPrefix);
                if (isPrefix && terms.length == 1) {
                    prefixHints.add(compiled);
                } else {
                    hintsByFirstTerm.computeIfAbsent(terms[0], unused -> new ArrayList<>()).add(compiled);
                }
            }
        }
    }

    /** Every place in the message where an app is named, in order of appearance. */
    List<Mention> findMentions(TokenStream tokens) {
        List<Mention> mentions = new ArrayList<>();
        for (int position = 0; position < tokens.size; position++) {
            for (Hint hint : hintsByFirstTerm.getOrDefault(tokens.terms[position], List.of())) {
                addIfMatches(hint, tokens, position, mentions);
            }
            for (Hint hint : prefixHints) {
                addIfMatches(hint, tokens, position, mentions);
            }
        }
        return mentions;
    }

    private static void addIfMatches(Hint hint, TokenStream tokens, int position, List<Mention> mentions) {
        if (hint.matchesAt(tokens, position)) {
            mentions.add(new Mention(hint.app(), position, position + hint.terms().length, tokens.lines[position]));
        }
    }

    /** A place where a message names an app: tokens {@code [start, end)} on line {@code line}. */
    record Mention(App app, int start, int end, int line) {
    }

    private record Hint(App app, String[] terms, boolean isPrefix) {
        boolean matchesAt(TokenStream tokens, int position) {
            if (position + terms.length > tokens.size) {
                return false;
            }
            int last = terms.length - 1;
            for (int offset = 0; offset < terms.length; offset++) {
                String term = tokens.terms[position + offset];
                boolean matches = offset == last && isPrefix
                        ? term.startsWith(terms[offset].toLowerCase(Locale.ROOT))
                        : term.equals(terms[offset]);
                if (!matches) {
                    return false;
                }
            }
            return true;
        }
    }
}
