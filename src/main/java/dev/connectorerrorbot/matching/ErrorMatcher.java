package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every catalog error in a pasted message. The message and every error string are cut into the same tokens,
 * and the message is scanned once: each token can start a whole match of a pattern (placeholders are bounded
 * wildcards) or a distinctive part of one. No regular expression is involved, so the time grows linearly with the
 * message length whatever it contains.
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
    private final AppResolver appResolver;

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
        AppHints hints = new AppHints(catalog.apps(), vocabulary);
        this.closestEntries = new ClosestEntries(patterns);
        this.index = new PatternIndex(patterns, MIN_ANCHORED_PART);
        this.tokenizer = new Tokenizer(vocabulary);
        this.appResolver = new AppResolver(hints);
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
        List<List<SpanMatch>> groups = selectSpans(candidates);
        List<MatchedError> errors = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        AppResolver.MessageMentions mentions = null;
        for (List<SpanMatch> group : groups) {
            List<CatalogEntry> entries = distinctEntries(group);
            if (AppResolver.spansSeveralApps(entries)) {
                if (mentions == null) {
                    mentions = appResolver.mentionsOutsideErrors(tokens, groups);
                }
                entries = appResolver.resolve(entries, group.get(0), mentions, tokens);
            }
            if (seen.add(entries.stream().map(CatalogEntry::id).toList())) {
                SpanMatch span = group.get(0);
                errors.add(new MatchedError(tokens.starts[span.start()], tokens.ends[span.end() - 1], entries));
            }
        }
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
            if (end > position && !(pattern.isBareException && ForeignException.follows(tokens, end))) {
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

    private static List<CatalogEntry> distinctEntries(List<SpanMatch> group) {
        // by id: a record's hashCode would walk the entry's whole text
        java.util.Map<String, CatalogEntry> entries = new java.util.LinkedHashMap<>();
        for (SpanMatch match : group) {
            entries.putIfAbsent(match.pattern().entry.id(), match.pattern().entry);
        }
        return List.copyOf(entries.values());
    }
}
