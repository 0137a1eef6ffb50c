package dev.connectorerrorbot.matching;

import dev.connectorerrorbot.matching.AppHints.Mention;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the evidence that belongs to one found error rather than to the whole message: whether its text carries a
 * mark only connectors print, whether an app labels its line, whether another program's exception shares its line,
 * and whether the exception name carries a message of its own.
 */
final class ErrorSigns {
    /** A step label such as "Get Permissions:" may stand just before the part of an error that matched. */
    private static final int MARK_REACH_BEFORE = 8;
    private static final int MAX_LABEL_GAP = 16;
    private static final String LABEL_SEPARATORS = " \t:：-–—>→=|*•・()（）[]「」\"'`,、";
    /** "Okta says …", "Box で …", "Box が …": a verb of reporting or a particle still makes the app the error's place. */
    private static final Pattern LABEL_WORDS = Pattern.compile("(?i)(?:says|said|shows|showed|reports|reported|"
            + "returns|returned|gives|gave|で|が|は|に|では|から|の)?");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{2,80}(?:Exception|Error)");

    private final Phrases<Boolean> marks;

    ErrorSigns(Tokenizer tokenizer) {
        this.marks = MessageContext.phrases(tokenizer, EvidenceWords.CONNECTOR_MARKS);
    }

    List<Phrases.Occurrence<Boolean>> marks(TokenStream tokens) {
        return marks.find(tokens, null);
    }

    /** How much the matched text says by itself: a connector mark, the whole generic text, or a generic part. */
    Evidence ownText(TokenStream tokens, SpanMatch span, List<Phrases.Occurrence<Boolean>> allMarks) {
        for (Phrases.Occurrence<Boolean> mark : allMarks) {
            boolean inside = mark.start() >= span.start() && mark.start() < span.end();
            boolean justBefore = mark.end() <= span.start() && span.start() - mark.end() <= MARK_REACH_BEFORE
                    && tokens.lines[mark.start()] == tokens.lines[span.start()];
            if (inside || justBefore) {
                return new Evidence(Signal.CONNECTOR_MARK, MessageContext.shown(tokens, mark.start(), mark.end()));
            }
        }
        String excerpt = MessageContext.shown(tokens, span.start(), span.end());
        return new Evidence(span.isWhole() ? Signal.GENERIC_TEXT : Signal.FRAGMENT, excerpt);
    }

    /**
     * "Okta: …", "wingtip.zendesk.com → …", "Okta says …", "Box で …": an app's name just before the error, with
     * nothing between but punctuation and one reporting verb or Japanese particle.
     */
    Optional<Evidence> appLabel(TokenStream tokens, SpanMatch span, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.end() > span.start() || tokens.lines[mention.start()] != tokens.lines[span.start()]) {
                continue;
            }
            int from = tokens.ends[mention.end() - 1];
            int to = tokens.starts[span.start()];
            if (to - from <= MAX_LABEL_GAP && isLabelGap(tokens.text.substring(from, to))) {
                return Optional.of(new Evidence(Signal.APP_LABEL,
                        MessageContext.shown(tokens, mention.start(), mention.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * An exception or error class of another program on the error's lines (AxiosError, BoxOAuthException); one that
     * the documented error itself names ({@code NoHttpResponseException} before a matched host part) is not another's.
     */
    Optional<Evidence> foreignException(TokenStream tokens, List<SpanMatch> group, boolean[] insideErrors) {
        SpanMatch span = group.get(0);
        // only the error's own lines are read, so a long paste with many errors stays linear
        int from = span.start();
        while (from > 0 && tokens.lines[from - 1] == tokens.lines[span.start()]) {
            from--;
        }
        int to = span.end();
        while (to < tokens.size && tokens.lines[to] == tokens.lines[span.end() - 1]) {
            to++;
        }
        for (int index = from; index < to; index++) {
            if (insideErrors[index]) {
                continue;
            }
            String word = tokens.text.substring(tokens.starts[index], tokens.ends[index]);
            if (EXCEPTION_NAME.matcher(word).matches() && !isDocumented(tokens.ids[index], group)) {
                return Optional.of(new Evidence(Signal.FOREIGN_EXCEPTION, word));
            }
        }
        return Optional.empty();
    }

    /**
     * Another product named as the source: before the error on its line, or on the line that introduces it
     * ("Cribl source, job inspector says:"). A product named further away is only mentioned, and says nothing.
     */
    Optional<Evidence> otherProduct(TokenStream tokens, SpanMatch span, List<Phrases.Occurrence<Boolean>> products) {
        int line = tokens.lines[span.start()];
        for (Phrases.Occurrence<Boolean> product : products) {
            int productLine = tokens.lines[product.start()];
            if ((productLine == line && product.end() <= span.start()) || productLine == line - 1) {
                return Optional.of(new Evidence(Signal.OTHER_PRODUCT,
                        MessageContext.shown(tokens, product.start(), product.end())));
            }
        }
        return Optional.empty();
    }

    private static boolean isDocumented(int id, List<SpanMatch> group) {
        for (SpanMatch match : group) {
            for (int element : match.pattern().ids) {
                if (element == id && id >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code NullPointerException: Cannot invoke…}: the documented error is the bare name. */
    Optional<Evidence> ownExceptionMessage(TokenStream tokens, SpanMatch span) {
        if (span.isWhole() && span.pattern().isBareException && ForeignException.follows(tokens, span.end())) {
            int after = Math.min(span.end() + 4, tokens.size);
            return Optional.of(new Evidence(Signal.OWN_EXCEPTION_MESSAGE,
                    MessageContext.shown(tokens, span.start(), after)));
        }
        return Optional.empty();
    }

    private static boolean isLabelGap(String gap) {
        StringBuilder words = new StringBuilder();
        for (int index = 0; index < gap.length(); index++) {
            if (LABEL_SEPARATORS.indexOf(gap.charAt(index)) < 0) {
                words.append(gap.charAt(index));
            }
        }
        return LABEL_WORDS.matcher(words).matches();
    }
}
