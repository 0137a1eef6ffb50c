package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.matching.AppHints.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows an error string shared by several apps to the app the message names. The nearest name before the error on
 * its own line wins ("Okta: HttpRequestFailure…"), then a name after it on that line, then the apps named anywhere
 * in the message. When that leaves several apps the person is asked: the bot never guesses.
 *
 * <p>Apps are compared by id: a record's hashCode walks every name and hint, and this runs once per error found.
 */
final class AppResolver {
    private final AppHints hints;

    AppResolver(AppHints hints) {
        this.hints = hints;
    }

    static boolean spansSeveralApps(List<CatalogEntry> candidates) {
        String firstApp = candidates.get(0).app().id();
        for (CatalogEntry candidate : candidates) {
            if (!candidate.app().id().equals(firstApp)) {
                return true;
            }
        }
        return false;
    }

    /** Where the message names apps outside its errors; computed once per message, and only when needed. */
    MessageMentions mentionsOutsideErrors(TokenStream tokens, List<List<SpanMatch>> allSpans) {
        boolean[] insideAnError = new boolean[tokens.size];
        for (List<SpanMatch> group : allSpans) {
            java.util.Arrays.fill(insideAnError, group.get(0).start(), group.get(0).end(), true);
        }
        Map<Integer, List<Mention>> byLine = new HashMap<>();
        Set<String> appIds = new LinkedHashSet<>();
        for (Mention mention : hints.findMentions(tokens)) {
            if (!insideAnError[mention.start()] && !insideAnError[mention.end() - 1]) {
                byLine.computeIfAbsent(mention.line(), unused -> new ArrayList<>()).add(mention);
                appIds.add(mention.app().id());
            }
        }
        return new MessageMentions(byLine, appIds);
    }

    List<CatalogEntry> resolve(List<CatalogEntry> candidates, SpanMatch span, MessageMentions mentions,
            TokenStream tokens) {
        Set<String> candidateApps = new LinkedHashSet<>();
        candidates.forEach(entry -> candidateApps.add(entry.app().id()));
        Mention before = null;
        for (Mention mention : mentions.onLine(tokens.lines[span.start()])) {
            if (mention.end() <= span.start() && candidateApps.contains(mention.app().id())) {
                before = mention;
            }
        }
        if (before != null) {
            return onlyFrom(candidates, Set.of(before.app().id()));
        }
        for (Mention mention : mentions.onLine(tokens.lines[span.end() - 1])) {
            if (mention.start() >= span.end() && candidateApps.contains(mention.app().id())) {
                return onlyFrom(candidates, Set.of(mention.app().id()));
            }
        }
        Set<String> named = new LinkedHashSet<>(candidateApps);
        named.retainAll(mentions.appIds());
        return named.isEmpty() ? candidates : onlyFrom(candidates, named);
    }

    private static List<CatalogEntry> onlyFrom(List<CatalogEntry> candidates, Set<String> appIds) {
        List<CatalogEntry> kept = new ArrayList<>();
        for (CatalogEntry candidate : candidates) {
            if (appIds.contains(candidate.app().id())) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** App names found in a message outside its errors, by line, and the set of apps named at all. */
    record MessageMentions(Map<Integer, List<Mention>> byLine, Set<String> appIds) {
        List<Mention> onLine(int line) {
            return byLine.getOrDefault(line, List.of());
        }
    }
}
