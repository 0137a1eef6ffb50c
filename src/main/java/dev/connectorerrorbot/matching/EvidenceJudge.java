package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.App;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.matching.AppHints.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for every documented error string found in a message, whether the evidence says a Defender for Cloud Apps
 * app connector reported it, and which app it is from when several share the text. The evidence is a list of
 * {@link Signal}s with weights (see {@code docs/matching.md}); an error is taken when they add up to
 * {@link Verdict#THRESHOLD}.
 */
final class EvidenceJudge {
    /** Words besides the error that still make a message "the error pasted on its own" ("Error:", "help?"). */
    private static final int MAX_WORDS_OF_BARE_PASTE = 3;

    private final NameMasks nameMasks;
    private final MessageContext context;
    private final ErrorSigns signs;
    private final AppHints hints;

    EvidenceJudge(List<App> apps, Tokenizer tokenizer) {
        this.nameMasks = new NameMasks(tokenizer);
        this.context = new MessageContext(tokenizer);
        this.signs = new ErrorSigns(tokenizer);
        this.hints = new AppHints(apps, tokenizer);
    }

    List<MatchedError> judge(TokenStream tokens, List<List<SpanMatch>> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        MessageFacts facts = readMessage(tokens, groups);
        List<MatchedError> judged = new ArrayList<>();
        for (int index = 0; index < groups.size(); index++) {
            judged.add(judgeOne(tokens, groups, index, facts));
        }
        return judged;
    }

    /** What the whole message says, read once however many errors it holds. */
    private MessageFacts readMessage(TokenStream tokens, List<List<SpanMatch>> groups) {
        boolean[] people = nameMasks.people(tokens);
        boolean[] masked = nameMasks.peopleAndProducts(tokens, people);
        boolean[] hintMasked = masked.clone();
        context.defenderNames(tokens, masked).forEach(name -> Arrays.fill(hintMasked, name.start(), name.end(), true));
        boolean[] insideErrors = new boolean[tokens.size];
        groups.forEach(group -> Arrays.fill(insideErrors, group.get(0).start(), group.get(0).end(), true));
        AppResolver.MessageMentions mentions = AppResolver.outsideErrors(hints.findMentions(tokens, hintMasked),
                groups, tokens.size);
        // Trend Micro's "Cloud App Security" names no Defender, but it does name another product
        List<Phrases.Occurrence<Boolean>> products = context.otherProducts(tokens, people, insideErrors);
        List<Evidence> messageWide = context.read(tokens, masked, insideErrors, mentions.all(), products);
        List<Phrases.Occurrence<Boolean>> marks = signs.marks(tokens);
        List<Evidence> ownTexts = groups.stream().map(group -> signs.ownText(tokens, group.get(0), marks)).toList();
        return new MessageFacts(mentions, messageWide, isBarePaste(tokens, insideErrors, people), products,
                insideErrors, ownTexts);
    }

    private MatchedError judgeOne(TokenStream tokens, List<List<SpanMatch>> groups, int index, MessageFacts facts) {
        SpanMatch span = groups.get(index).get(0);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(facts.ownTexts().get(index));
        evidence.addAll(facts.messageWide());
        if (facts.isBare() && facts.ownTexts().get(index).signal() != Signal.FRAGMENT) {
            evidence.add(new Evidence(Signal.BARE_PASTE, "no other words"));
        }
        addErrorSigns(tokens, groups.get(index), facts.mentions().all(), facts.insideErrors(), facts.ownTexts(),
                index, evidence);
        signs.otherProduct(tokens, span, facts.products()).ifPresent(evidence::add);
        List<CatalogEntry> entries = distinctEntries(groups.get(index));
        if (evidence.stream().noneMatch(piece -> piece.signal() == Signal.APP_LABEL)) {
            appNamed(tokens, entries, facts.mentions().all()).ifPresent(evidence::add);
        }
        if (AppResolver.spansSeveralApps(entries)) {
            entries = AppResolver.resolve(entries, span, facts.mentions(), tokens);
        }
        return new MatchedError(tokens.starts[span.start()], tokens.ends[span.end() - 1], entries,
                Verdict.of(evidence));
    }

    /** The message-wide reading that every error of the message shares. */
    private record MessageFacts(AppResolver.MessageMentions mentions, List<Evidence> messageWide, boolean isBare,
            List<Phrases.Occurrence<Boolean>> products, boolean[] insideErrors, List<Evidence> ownTexts) {
    }

    private void addErrorSigns(TokenStream tokens, List<SpanMatch> group, List<Mention> mentions,
            boolean[] insideErrors, List<Evidence> ownTexts, int index, List<Evidence> evidence) {
        SpanMatch span = group.get(0);
        boolean isMarked = ownTexts.get(index).signal() == Signal.CONNECTOR_MARK;
        signs.appLabel(tokens, span, mentions).ifPresent(evidence::add);
        signs.ownExceptionMessage(tokens, span).ifPresent(evidence::add);
        if (!isMarked) {
            // a connector wraps its own errors in RuntimeException and the like; only an unmarked line is foreign
            signs.foreignException(tokens, group, insideErrors).ifPresent(evidence::add);
        }
        for (int other = 0; other < ownTexts.size(); other++) {
            if (other != index && ownTexts.get(other).signal() == Signal.CONNECTOR_MARK && !isMarked) {
                evidence.add(new Evidence(Signal.BESIDE_CONNECTOR_ERROR, ownTexts.get(other).shownBy()));
                break;
            }
        }
    }

    private static Optional<Evidence> appNamed(TokenStream tokens, List<CatalogEntry> entries, List<Mention> mentions) {
        for (Mention mention : mentions) {
            // an error documented for all apps (no hints of its own) is documented for whichever app is named
            if (entries.stream().anyMatch(entry -> entry.app().hints().isEmpty()
                    || entry.app().id().equals(mention.app().id()))) {
                return Optional.of(new Evidence(Signal.APP_NAMED,
                        MessageContext.shown(tokens, mention.start(), mention.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * Only prose counts against a bare paste: timestamps and other numbers, and names glued into a host or package
     * ({@code com.google.api.client.auth.oauth2.}), are part of what was pasted.
     */
    private static boolean isBarePaste(TokenStream tokens, boolean[] insideErrors, boolean[] people) {
        int otherWords = 0;
        for (int index = 0; index < tokens.size; index++) {
            if (!insideErrors[index] && !people[index] && hasLetter(tokens.terms[index])
                    && !MessageContext.isGlued(tokens, index, index + 1)) {
                otherWords++;
            }
        }
        return otherWords <= MAX_WORDS_OF_BARE_PASTE;
    }

    private static boolean hasLetter(String term) {
        for (int index = 0; index < term.length(); index++) {
            if (Character.isLetter(term.charAt(index))) {
                return true;
            }
        }
        return false;
    }

    private static List<CatalogEntry> distinctEntries(List<SpanMatch> group) {
        // by id: a record's hashCode would walk the entry's whole text
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        for (SpanMatch match : group) {
            entries.putIfAbsent(match.pattern().entry.id(), match.pattern().entry);
        }
        return List.copyOf(entries.values());
    }
}
