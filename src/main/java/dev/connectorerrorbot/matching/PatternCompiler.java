package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Placeholder;
import dev.connectorerrorbot.catalog.PlaceholderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a catalog entry's error string and aliases into {@link ErrorPattern}s: placeholder text becomes a
 * bounded wildcard, every other token becomes a literal numbered in the shared {@link Vocabulary}.
 */
final class PatternCompiler {
    private final Vocabulary vocabulary;
    private final Tokenizer tokenizer;

    PatternCompiler(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.tokenizer = new Tokenizer(vocabulary);
    }

    List<ErrorPattern> compile(CatalogEntry entry) {
        List<ErrorPattern> patterns = new ArrayList<>();
        patterns.add(compile(entry, entry.error(), false));
        for (String alias : entry.aliases()) {
            patterns.add(compile(entry, alias, true));
        }
        return patterns;
    }

    private ErrorPattern compile(CatalogEntry entry, String text, boolean isAlias) {
        List<int[]> elements = new ArrayList<>();   // {id, min, max}
        List<Boolean> anchors = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            Placeholder next = null;
            int nextAt = text.length();
            for (Placeholder placeholder : entry.placeholders()) {
                int at = text.indexOf(placeholder.text(), position);
                if (at >= 0 && at < nextAt) {
                    next = placeholder;
                    nextAt = at;
                }
            }
            addLiterals(text.substring(position, nextAt), elements, anchors);
            if (next == null) {
                break;
            }
            addWildcard(next.kind(), elements, anchors);
            position = nextAt + next.text().length();
        }
        if (elements.isEmpty() || elements.get(0)[0] == ErrorPattern.WILDCARD) {
            throw new IllegalArgumentException("error text of " + entry.id() + " must start with a word, not a placeholder");
        }
        int size = elements.size();
        int[] ids = new int[size];
        int[] min = new int[size];
        int[] max = new int[size];
        boolean[] isAnchor = new boolean[size];
        for (int index = 0; index < size; index++) {
            ids[index] = elements.get(index)[0];
            min[index] = elements.get(index)[1];
            max[index] = elements.get(index)[2];
            isAnchor[index] = anchors.get(index);
        }
        boolean bareException = size == 1 && text.strip().matches("[A-Za-z.]*Exception:?");
        return new ErrorPattern(entry, isAlias, ids, min, max, isAnchor, bareException);
    }

    private void addLiterals(String literal, List<int[]> elements, List<Boolean> anchors) {
        TokenStream tokens = tokenizer.tokenize(literal);
        for (int index = 0; index < tokens.size; index++) {
            int id = vocabulary.add(tokens.terms[index]);
            elements.add(new int[] {id, 1, 1});
            anchors.add(isAnchor(tokens.text.substring(tokens.starts[index], tokens.ends[index])));
        }
    }

    private static void addWildcard(PlaceholderKind kind, List<int[]> elements, List<Boolean> anchors) {
        int[] widths = switch (kind) {
            case GUID -> new int[] {1, 5};
            case TENANT -> new int[] {1, 8};
            case HOST -> new int[] {0, 6};
            case GAP -> new int[] {0, 60};
        };
        elements.add(new int[] {ErrorPattern.WILDCARD, widths[0], widths[1]});
        anchors.add(false);
    }

    /** AADSTS70008, AF20012 (letters and digits) or NoHttpResponseException (CamelCase): not words of prose. */
    private static boolean isAnchor(String token) {
        boolean letter = false;
        boolean digit = false;
        int upper = 0;
        int lower = 0;
        for (int index = 0; index < token.length(); index++) {
            char c = token.charAt(index);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return (letter && digit) || (upper >= 2 && lower >= 1 && Character.isUpperCase(token.charAt(0)));
    }
}
