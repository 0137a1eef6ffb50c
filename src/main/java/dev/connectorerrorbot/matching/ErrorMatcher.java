package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every catalog error in a pasted message and has the evidence judged for each. The message and every error
 * string are cut into the same tokens, and the message is scanned once: each token can start a whole match of a
 * pattern (placeholders are bounded wildcards) or a distinctive part of one. The scan uses no regular expression and
 * the evidence only bounded ones, so the time grows linearly with the message length whatever it contains.
 */
public final class ErrorMatcher {
    private static final int MIN_ANCHORED_PART = 4;
    private static final int MIN_TAIL_PART = 5;
    private static final int MIN_PLAIN_PART = 8;
    /** Longest first, whole before partial, then in order of appearance. */
    private static final Comparator<SpanMatch> BEST_FIRST = Comparator.comparingInt(SpanMatch::length).reversed()
            .thenComparing(match -> !match.isWhole())
            .thenComparingInt(SpanMatch::start);

    private final Tokenizer tokenizer;
    private final ClosestEntries closestEntries;
    private final PatternIndex index;
    private final EvidenceJudge judge;

    /** Compiles every error string and hint of the catalog; the matcher is immutable and thread-safe after. */
    public static ErrorMatcher compile(Catalog catalog) {
        return new ErrorMatcher(catalog);
    }

    private ErrorMatcher(Catalog catalog) {
        Vocabulary vocabulary = new Vocabulary();
        PatternCompiler compiler = new PatternCompiler(vocabulary);
        List<ErrorPattern> patterns = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
            patterns.addAll(compiler.compile(entry));
        }
        this.closestEntries = new ClosestEntries(patterns);
        this.index = new PatternIndex(patterns, MIN_ANCHORED_PART);
        this.tokenizer = new Tokenizer(vocabulary);
        this.judge = new EvidenceJudge(catalog.apps(), tokenizer);
    }

    public MatchReport match(String message) {
        TokenStream tokens = tokenizer.tokenize(message);
        List<SpanMatch> candidates = new ArrayList<>();
        for (int position = 0; position < tokens.size; position++) {
            int id = tokens.ids[position];
            if (id < 0) {
                continue;
            }
            addWholeMatches(tokens, position, candidates);
            addPartialMatches(tokens, position, candidates);
        }
        List<MatchedError> errors = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        List<MatchedError> judged = judge.judge(tokens, selectSpans(candidates));
        // a connector error first, so that a look-alike of the same entries never hides it
        for (boolean connectorErrors : new boolean[] {true, false}) {
            for (MatchedError error : judged) {
                if (error.isConnectorError() == connectorErrors
                        && seen.add(error.candidates().stream().map(CatalogEntry::id).toList())) {
                    errors.add(error);
                }
            }
        }
        errors.sort(Comparator.comparingInt(MatchedError::start));
        return new MatchReport(tokens.text, errors);
    }

    /**
     * The entries whose error text shares the most words with a message, for a "did you mean" answer when nothing
     * matched: an entry qualifies when the message has at least {@code minShare} of its distinct words.
     */
    public List<CatalogEntry> closestEntries(String message, int limit, double minShare) {
        return closestEntries.find(tokenizer.tokenize(message), limit, minShare);
    }

    private void addWholeMatches(TokenStream tokens, int position, List<SpanMatch> found) {
        for (ErrorPattern pattern : index.startingWith(tokens.ids[position])) {
            int end = pattern.matchFrom(tokens, position);
            if (end > position) {
                found.add(new SpanMatch(position, end, pattern, true));
            }
        }
    }

    private void addPartialMatches(TokenStream tokens, int position, List<SpanMatch> found) {
        if (position + 1 >= tokens.size) {
            return;
        }
        int id = tokens.ids[position];
        for (PatternIndex.Occurrence occurrence : index.occurrencesOf(id, tokens.ids[position + 1])) {
            ErrorPattern pattern = occurrence.pattern();
            int first = occurrence.element();
            boolean extendsLeft = first > occurrence.stretchStart() && position > 0
                    && tokens.ids[position - 1] == pattern.ids[first - 1];
            if (extendsLeft) {
                continue;
            }
            int last = first;
            while (last < occurrence.stretchEnd() && position + (last - first) < tokens.size
                    && tokens.ids[position + (last - first)] == pattern.ids[last]) {
                last++;
            }
            boolean isWhole = first == 0 && last == pattern.length();
            if (!isWhole && isDistinctive(pattern, first, last)) {
                found.add(new SpanMatch(position, position + (last - first), pattern, false));
            }
        }
    }

    /** A part of an error identifies it when it carries a code or class name, is its tail, or is long. */
    private static boolean isDistinctive(ErrorPattern pattern, int first, int last) {
        int length = last - first;
        if (length >= MIN_PLAIN_PART) {
            return true;
        }
        if (length >= MIN_TAIL_PART && last == pattern.length()) {
            return true;
        }
        if (length >= MIN_ANCHORED_PART) {
            for (int element = first; element < last; element++) {
                if (pattern.isAnchor[element]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Keeps the best matches that do not overlap: longest first, whole before partial. Matches of exactly the same
     * span and kind are kept together, because they are one error shared by several entries.
     */
    private static List<List<SpanMatch>> selectSpans(List<SpanMatch> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<SpanMatch> ordered = new ArrayList<>(matches);
        ordered.sort(BEST_FIRST);
        List<List<SpanMatch>> groups = new ArrayList<>();
        for (SpanMatch match : ordered) {
            List<SpanMatch> home = null;
            boolean blocked = false;
            for (List<SpanMatch> group : groups) {
                SpanMatch chosen = group.get(0);
                if (chosen.sameSpan(match) && chosen.isWhole() == match.isWhole()) {
                    home = group;
                } else if (chosen.overlaps(match)) {
                    blocked = true;
                }
            }
            if (home != null) {
                home.add(match);
            } else if (!blocked) {
                List<SpanMatch> group = new ArrayList<>();
                group.add(match);
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparingInt(group -> group.get(0).start()));
        return groups;
    }
}
