package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.catalog.App;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds where a message names an app (Okta, okta.com, セールスフォース, AADSTS…), so that an error string shared by
 * several apps can be pinned to the one the person is talking about. A hint ending in {@code *} matches any word that
 * starts with it. A name followed by its connector ("Okta connector", "ServiceNow連携") is a stronger mention than a
 * name on its own, which may be a passing word ("the token exchange").
 */
final class AppHints {
    private final Phrases<App> hints;
    private final Phrases<Boolean> connectorAfterApp;

    AppHints(List<App> apps, Tokenizer tokenizer) {
        List<Map.Entry<String, App>> phrases = new ArrayList<>();
        for (App app : apps) {
            app.hints().forEach(hint -> phrases.add(Map.entry(hint, app)));
        }
        this.hints = new Phrases<>(tokenizer, phrases);
        this.connectorAfterApp = new Phrases<>(tokenizer, EvidenceWords.AFTER_APP.stream()
                .map(word -> Map.entry(word, true)).toList());
    }

    /** Every place in the message where an app is named outside {@code masked} tokens, in order of appearance. */
    List<Mention> findMentions(TokenStream tokens, boolean[] masked) {
        List<Phrases.Occurrence<Boolean>> connectors = connectorAfterApp.find(tokens, masked);
        List<Mention> mentions = new ArrayList<>();
        for (Phrases.Occurrence<App> hint : hints.find(tokens, masked)) {
            // "Okta connector" after the name, or a hint that holds its connector ("Exchange connector")
            boolean withConnector = connectors.stream().anyMatch(connector ->
                    (connector.start() == hint.end() && tokens.lines[connector.start()] == tokens.lines[hint.start()])
                    || (connector.start() > hint.start() && connector.end() == hint.end()));
            mentions.add(new Mention(hint.value(), hint.start(), hint.end(), tokens.lines[hint.start()],
                    withConnector));
        }
        return mentions;
    }

    /** A place where a message names an app: tokens {@code [start, end)} on line {@code line}. */
    record Mention(App app, int start, int end, int line, boolean isWithConnector) {
    }
}
