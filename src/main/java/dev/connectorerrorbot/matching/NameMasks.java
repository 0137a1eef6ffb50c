package dev.connectorerrorbot.matching;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the tokens of a message that are names of people, channels or other products rather than words the person
 * chose: e-mail addresses ({@code admin@contoso.onmicrosoft.com}), Slack user and channel names in the forms the
 * markup leaves ({@code @okta.admin}, {@code #okta-admins}), and other products whose names contain an app's name
 * ("Defender for Office 365", Trend Micro's "Cloud App Security"). App names and evidence words are not looked for
 * inside them.
 */
final class NameMasks {
    /** Bounded repetitions only, so that a 40,000-character paste costs one linear scan. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,8}+");
    /** "@okta.admin", "#okta-admins", and "@@okta-admins" (a user group, whose label keeps its own @). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.&/])[@#]{1,2}+\\w[\\w.-]{0,79}+");
    private static final List<String> PRODUCT_NAMES = List.of(
            "Defender for Office 365", "Defender for Office",
            "Microsoft Defender for Office 365", "Defender for Endpoint", "Defender for Identity",
            "Trend Micro Cloud App Security", "Trend Micro の Cloud App Security", "Microsoft 365 admin center",
            "Microsoft 365 管理センター", "Office 365 Management Activity API");

    private final Phrases<Boolean> productNames;

    NameMasks(Tokenizer tokenizer) {
        this.productNames = new Phrases<>(tokenizer, PRODUCT_NAMES.stream().map(name -> Map.entry(name, true))
                .toList());
    }

    /** E-mail addresses and Slack user and channel names: nobody's words, and no app's name. */
    boolean[] people(TokenStream tokens) {
        boolean[] masked = new boolean[tokens.size];
        markMatches(EMAIL, tokens, masked);
        markMatches(HANDLE, tokens, masked);
        return masked;
    }

    /** {@code people} plus the other products whose names hold an app's or Defender's name. */
    boolean[] peopleAndProducts(TokenStream tokens, boolean[] people) {
        boolean[] masked = people.clone();
        for (Phrases.Occurrence<Boolean> name : productNames.find(tokens, null)) {
            java.util.Arrays.fill(masked, name.start(), name.end(), true);
        }
        return masked;
    }

    private static void markMatches(Pattern pattern, TokenStream tokens, boolean[] masked) {
        if (tokens.text.indexOf('@') < 0 && tokens.text.indexOf('#') < 0) {
            return;
        }
        Matcher matcher = pattern.matcher(tokens.text);
        int token = 0;
        while (matcher.find()) {
            while (token < tokens.size && tokens.ends[token] <= matcher.start()) {
                token++;
            }
            for (int index = token; index < tokens.size && tokens.starts[index] < matcher.end(); index++) {
                masked[index] = true;
            }
        }
    }
}
