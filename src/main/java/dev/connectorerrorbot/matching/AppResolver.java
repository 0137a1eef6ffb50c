package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.App;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.matching.AppHints.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Narrows an error string shared by several apps to the app the message names. The nearest name before the error on
 * its own line wins ("Okta: HttpRequestFailure…"), then a name after it on that line, then the apps named anywhere
 * in the message. When that leaves several apps the person is asked: the bot never guesses.
 */
final class AppResolver {
    private final AppHints hints;

    AppResolver(AppHints hints) {
        this.hints = hints;
    }

    static boolean spansSeveralApps(List<CatalogEntry> candidates) {
        return candidates.stream().map(CatalogEntry::app).distinct().count() > 1;
    }

    /** Where the message names apps outside its errors; computed once per message, and only when needed. */
    List<Mention> mentionsOutsideErrors(TokenStream tokens, List<List<SpanMatch>> allSpans) {
        List<Mention> relevant = new ArrayList<>();
        for (Mention mention : hints.findMentions(tokens)) {
            if (!insideAnError(mention, allSpans)) {
                relevant.add(mention);
            }
        }
        return relevant;
    }

    List<CatalogEntry> resolve(List<CatalogEntry> candidates, SpanMatch span, List<Mention> allMentions,
            TokenStream tokens) {
        Set<App> candidateApps = new LinkedHashSet<>();
        candidates.forEach(entry -> candidateApps.add(entry.app()));
        if (candidateApps.size() < 2) {
            return candidates;
        }
        List<Mention> mentions = allMentions.stream().filter(m -> candidateApps.contains(m.app())).toList();
        int startLine = tokens.lines[span.start()];
        int endLine = tokens.lines[span.end() - 1];
        Mention before = null;
        Mention after = null;
        Set<App> named = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            named.add(mention.app());
            if (mention.end() <= span.start() && mention.line() == startLine) {
                before = mention;
            } else if (after == null && mention.start() >= span.end() && mention.line() == endLine) {
                after = mention;
            }
        }
        if (before != null) {
            return onlyFrom(candidates, Set.of(before.app()));
        }
        if (after != null) {
            return onlyFrom(candidates, Set.of(after.app()));
        }
        return named.isEmpty() ? candidates : onlyFrom(candidates, named);
    }

    private static boolean insideAnError(Mention mention, List<List<SpanMatch>> allSpans) {
        for (List<SpanMatch> group : allSpans) {
            SpanMatch span = group.get(0);
            if (mention.start() < span.end() && span.start() < mention.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<CatalogEntry> onlyFrom(List<CatalogEntry> candidates, Set<App> apps) {
        return candidates.stream().filter(entry -> apps.contains(entry.app())).toList();
    }
}
