package dev.connectorerrorbot.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The allow-list of the paste digest: the words of the documented connector errors and of error messages, and the
 * Japanese phrases errors are written in, read once from {@code extraction/documented-words.txt}.
 */
final class DocumentedWords {
    static final DocumentedWords SHIPPED = load("/extraction/documented-words.txt");

    private final Set<String> words;
    /** Longest first, so that a longer phrase wins over one it starts with. */
    private final List<String> japanesePhrases;

    private DocumentedWords(Set<String> words, List<String> japanesePhrases) {
        this.words = Set.copyOf(words);
        this.japanesePhrases = List.copyOf(japanesePhrases);
    }

    /** Whether {@code word} (any case) is on the list. */
    boolean hasWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The length of the longest listed Japanese phrase that starts at {@code index} of {@code text}; 0 for none. */
    int longestPhraseAt(String text, int index) {
        for (String phrase : japanesePhrases) {
            if (text.startsWith(phrase, index)) {
                return phrase.length();
            }
        }
        return 0;
    }

    private static DocumentedWords load(String resource) {
        Set<String> words = new HashSet<>();
        List<String> phrases = new ArrayList<>();
        try (InputStream in = DocumentedWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.chars().allMatch(c -> c < 128)) {
                    words.add(entry.toLowerCase(Locale.ROOT));
                } else {
                    phrases.add(entry);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return new DocumentedWords(words, phrases);
    }
}
