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
 * Narrows an error string shared by several apps to the app the message names. On the error's own line, a name
 * before the error wins ("Okta: HttpRequestFailure…"), then a name after it; among several names before it, one that
 * says its connector ("Okta connector") beats a bare one, and the nearer wins between equals, so that a passing word
 * next to the error cannot outvote the app the person named. Failing that, the apps named with their connector
 * anywhere in the message, then the apps named at all. When that leaves several apps the person is asked: the bot
 * never guesses.
 *
 * <p>Apps are compared by id: a record's hashCode walks every name and hint, and this runs once per error found.
 */
final class AppResolver {

    static boolean spansSeveralApps(List<CatalogEntry> candidates) {
        String firstApp = candidates.get(0).app().id();
        for (CatalogEntry candidate : candidates) {
            if (!candidate.app().id().equals(firstApp)) {
                return true;
            }
        }
        return false;
    }

    /** Where the message names apps outside its errors; computed once per message. */
    static MessageMentions outsideErrors(List<Mention> mentions, List<List<SpanMatch>> allSpans, int tokenCount) {
        boolean[] insideAnError = new boolean[tokenCount];
        for (List<SpanMatch> group : allSpans) {
            java.util.Arrays.fill(insideAnError, group.get(0).start(), group.get(0).end(), true);
        }
        Map<Integer, List<Mention>> byLine = new HashMap<>();
        List<Mention> outside = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!insideAnError[mention.start()] && !insideAnError[mention.end() - 1]) {
                byLine.computeIfAbsent(mention.line(), unused -> new ArrayList<>()).add(mention);
                outside.add(mention);
            }
        }
        return new MessageMentions(byLine, outside);
    }

    static List<CatalogEntry> resolve(List<CatalogEntry> candidates, SpanMatch span, MessageMentions mentions,
            TokenStream tokens) {
        Set<String> candidateApps = new LinkedHashSet<>();
        candidates.forEach(entry -> candidateApps.add(entry.app().id()));
        Mention before = null;
        for (Mention mention : mentions.onLine(tokens.lines[span.start()])) {
            boolean isCandidate = candidateApps.contains(mention.app().id());
            if (mention.end() <= span.start() && isCandidate
                    && (before == null || mention.isWithConnector() || !before.isWithConnector())) {
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
        Set<String> withConnector = mentions.appIds(candidateApps, true);
        Set<String> named = withConnector.isEmpty() ? mentions.appIds(candidateApps, false) : withConnector;
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

    /** App names found in a message outside its errors, by line and in order. */
    record MessageMentions(Map<Integer, List<Mention>> byLine, List<Mention> all) {
        List<Mention> onLine(int line) {
            return byLine.getOrDefault(line, List.of());
        }

        /** The ids among {@code candidateApps} named anywhere, only those named with their connector if asked. */
        Set<String> appIds(Set<String> candidateApps, boolean onlyWithConnector) {
            Set<String> ids = new LinkedHashSet<>();
            for (Mention mention : all) {
                if (candidateApps.contains(mention.app().id()) && (!onlyWithConnector || mention.isWithConnector())) {
                    ids.add(mention.app().id());
                }
            }
            return ids;
        }
    }
}
