package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.matching.AppHints.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what a whole message says about where its errors came from: whether it names Defender for Cloud Apps or an
 * app connector, and whether it shows stack frames or the person's own software. Each kind of evidence counts once
 * per message, however often it appears.
 */
final class MessageContext {
    private static final int MAX_SHOWN = 80;
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    /** "Kafka connector", "Power Automate connector": another product's connector is not an app connector. */
    private static final int PRODUCT_TO_CONNECTOR_GAP = 2;

    private final Phrases<Boolean> defender;
    private final Phrases<Boolean> connector;
    private final Phrases<Boolean> otherProducts;

    MessageContext(Tokenizer tokenizer) {
        this.defender = phrases(tokenizer, EvidenceWords.DEFENDER);
        this.connector = phrases(tokenizer, EvidenceWords.CONNECTOR);
        this.otherProducts = phrases(tokenizer, EvidenceWords.OTHER_PRODUCTS);
    }

    static Phrases<Boolean> phrases(Tokenizer tokenizer, List<String> words) {
        return new Phrases<>(tokenizer, words.stream().map(word -> Map.entry(word, true)).toList());
    }

    /** Where Defender for Cloud Apps is named: never an app's name, even in "Microsoft 365 Defender". */
    List<Phrases.Occurrence<Boolean>> defenderNames(TokenStream tokens, boolean[] masked) {
        return defender.find(tokens, masked);
    }

    /** Where other products are named, outside the found errors and masked names. */
    List<Phrases.Occurrence<Boolean>> otherProducts(TokenStream tokens, boolean[] masked, boolean[] insideErrors) {
        return outside(otherProducts.find(tokens, masked), insideErrors);
    }

    /**
     * The message-wide evidence, outside the found errors ({@code insideErrors}) and masked names. Another product is
     * weighed per error (see {@link ErrorSigns#otherProduct}); here it only takes the connector out of "Kafka
     * connector".
     */
    List<Evidence> read(TokenStream tokens, boolean[] masked, boolean[] insideErrors, List<Mention> mentions,
            List<Phrases.Occurrence<Boolean>> products) {
        List<Evidence> evidence = new ArrayList<>();
        first(outside(defender.find(tokens, masked), insideErrors), tokens)
                .forEach(shown -> evidence.add(new Evidence(Signal.DEFENDER_NAMED, shown)));
        List<String> connectors = new ArrayList<>();
        for (Phrases.Occurrence<Boolean> word : outside(connector.find(tokens, masked), insideErrors)) {
            if (!isGlued(tokens, word.start(), word.end()) && !followsAProduct(word, products)) {
                connectors.add(shown(tokens, word.start(), word.end()));
            }
        }
        mentions.stream().filter(Mention::isWithConnector)
                .forEach(mention -> connectors.add(shown(tokens, mention.start(), mention.end() + 2)));
        connectors.stream().limit(1).forEach(shown -> evidence.add(new Evidence(Signal.CONNECTOR_NAMED, shown)));
        TextSigns.stackFrame(tokens.text).ifPresent(frame -> evidence.add(new Evidence(Signal.STACK_FRAMES,
                cap(frame))));
        TextSigns.ownSoftware(tokens.text).ifPresent(words -> evidence.add(new Evidence(Signal.OWN_SOFTWARE,
                cap(words))));
        return evidence;
    }

    /** "mysql-connector-java", "kafka.connect": words glued into an artifact, host or package name are not prose. */
    static boolean isGlued(TokenStream tokens, int start, int end) {
        return isGlue(tokens.text, tokens.starts[start] - 1, -1) || isGlue(tokens.text, tokens.ends[end - 1], 1);
    }

    private static boolean isGlue(String text, int at, int direction) {
        int beyond = at + direction;
        if (at < 0 || at >= text.length() || beyond < 0 || beyond >= text.length()) {
            return false;
        }
        char glue = text.charAt(at);
        return (glue == '-' || glue == '.' || glue == '/') && Tokenizer.isWordChar(text.charAt(beyond));
    }

    private static boolean followsAProduct(Phrases.Occurrence<Boolean> word, List<Phrases.Occurrence<Boolean>> products) {
        return products.stream().anyMatch(product -> product.end() <= word.start()
                && word.start() - product.end() <= PRODUCT_TO_CONNECTOR_GAP);
    }

    private static List<Phrases.Occurrence<Boolean>> outside(List<Phrases.Occurrence<Boolean>> found,
            boolean[] insideErrors) {
        return found.stream().filter(occurrence -> !insideErrors[occurrence.start()]).toList();
    }

    private static List<String> first(List<Phrases.Occurrence<Boolean>> found, TokenStream tokens) {
        return found.stream().limit(1).map(occurrence -> shown(tokens, occurrence.start(), occurrence.end())).toList();
    }

    static String shown(TokenStream tokens, int start, int end) {
        int last = Math.min(end, tokens.size) - 1;
        return cap(tokens.text.substring(tokens.starts[start], tokens.ends[last]));
    }

    private static String cap(String text) {
        String folded = WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
        return folded.length() <= MAX_SHOWN ? folded : folded.substring(0, MAX_SHOWN) + "…";
    }
}
