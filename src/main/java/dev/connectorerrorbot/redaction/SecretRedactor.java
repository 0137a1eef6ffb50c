package dev.connectorerrorbot.redaction;

import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks tokens, keys, passwords and bearer headers in any text before it is logged, matched or echoed. People paste
 * live credentials next to connector errors; what the bot writes anywhere is treated as public.
 *
 * <p>Every pattern uses possessive or bounded quantifiers, so a hostile message cannot make a pattern backtrack.
 */
public final class SecretRedactor {
    public static final String MASK = "[REDACTED]";

    /** Whole matches that are secrets by their shape alone. */
    private static final List<Pattern> SHAPES = List.of(
            // Slack tokens (bot, user, app-level, refresh, config) and incoming-webhook URLs
            Pattern.compile("\\bx(?:ox[abposre]|app)-[A-Za-z0-9-]{6,}+"),
            Pattern.compile("(?i)https://hooks\\.slack\\.com/services/[A-Za-z0-9/_-]++"),
            // JSON Web Tokens: header.payload.signature, base64url
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}+\\.[A-Za-z0-9_-]{4,}+\\.?[A-Za-z0-9_-]*+"),
            // Google OAuth refresh and access tokens
            Pattern.compile("\\b1//0[A-Za-z0-9_-]{16,}+"),
            Pattern.compile("\\bya29\\.[A-Za-z0-9_-]{16,}+"),
            // AWS access key ids
            Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            // Azure DevOps personal access tokens: 52 characters of lower-case base32, or the 84-character form
            Pattern.compile("(?<![A-Za-z0-9])[a-z2-7]{52}(?![A-Za-z0-9])"),
            Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])"),
            // Vendor API keys with a fixed prefix: SendGrid, Stripe, GitHub, Google, npm, Atlassian, Mailgun, OpenAI
            Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{16,}+\\.[A-Za-z0-9_-]{16,}+"),
            Pattern.compile("\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}+"),
            Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}+|github_pat_[A-Za-z0-9_]{30,}+)"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{30,}+"),
            Pattern.compile("\\bnpm_[A-Za-z0-9]{30,}+"),
            Pattern.compile("\\bATATT[A-Za-z0-9_=-]{20,}+"),
            Pattern.compile("\\bkey-[0-9a-z]{32}\\b"),
            Pattern.compile("\\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}+"),
            // PEM private keys, header to footer (bounded: base64 holds no '-')
            Pattern.compile("-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[^-]{0,20000}+(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?"));

    /** Schemes followed by the credential: Authorization headers, Okta's SSWS, bearer tokens. */
    private static final Pattern SCHEME_CREDENTIAL = Pattern.compile(
            "(?i)\\b(bearer|basic|ssws|token)([ \\t]++)([A-Za-z0-9._~+/=-]{8,}+)");

    /** key=value, key: value and "key":"value" for keys that name a credential. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)\\b(client[_-]?secret|account[_-]?key|shared[_-]?access[_-]?key|shared[_-]?access[_-]?signature"
                    + "|refresh[_-]?token|access[_-]?token|id[_-]?token|auth[_-]?token|api[_-]?key"
                    + "|api[_-]?token|apikey|secret[_-]?key|aws_secret_access_key|private[_-]?key|password|passwd|pwd"
                    + "|secret|token|authorization|sig|signature)(?![A-Za-z0-9_])"
                    + "(\"?[ \\t]{0,8}+[:=][ \\t]{0,8}+\"?)([^\\s\"'&,;}<>]{1,4096}+)");

    /** Prose such as "the client secret is p4ndb…": a credential word, a verb, then a token-like value. */
    private static final Pattern PROSE_VALUE = Pattern.compile(
            "(?i)\\b(client secret|secret|password|api key|api token|refresh token|access token|token)"
                    + "([ \\t]{1,8}+(?:is[ \\t]{1,8}+|was[ \\t]{1,8}+|of[ \\t]{1,8}+)?[`'\"]?)"
                    + "([A-Za-z0-9._~+/=!@#$%^*-]{12,4096}+)");

    /**
     * A password in English prose ("my password is Summer2024!"): masked when the value has a digit, a symbol or
     * mixed case, so that "the password is incorrect" stays readable for matching.
     */
    private static final Pattern PROSE_PASSWORD = Pattern.compile(
            "(?i)\\b(password|passwd|passcode|pwd)([ \\t]{1,8}+(?:is|was|=|:)[ \\t]{0,8}+[`'\"]?)"
                    + "([!-~&&[^`'\"]]{4,128}+)");
    /** A password in Japanese prose ("パスワードは hunter2 です"): any ASCII run after it is the password. */
    private static final Pattern JAPANESE_PASSWORD = Pattern.compile(
            "(パスワード|暗証番号|パスコード)((?:は|が|を|:|：|=|＝)?[ \\t　]{0,8}+[「『\"'`]?)([!-~&&[^「」『』\"'`]]{4,128}+)");

    /** Long mixed-case, mixed-digit runs that no human wrote: API keys, client secrets, session ids. */
    private static final Pattern HIGH_ENTROPY = Pattern.compile("[A-Za-z0-9+/_=-]{28,4096}+");

    /** URL user info: scheme://user:password@host. */
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]{1,20}+://[^/\\s:@]{1,256}+:)([^/\\s@]{1,256}+)@");

    @Inject
    public SecretRedactor() {
        // stateless: the patterns are constants
    }

    public String redact(String text) {
        if (!mightHoldASecret(text)) {
            return text;
        }
        String redacted = text;
        for (Pattern shape : SHAPES) {
            redacted = shape.matcher(redacted).replaceAll(MASK);
        }
        redacted = URL_PASSWORD.matcher(redacted).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        redacted = maskGroup(SCHEME_CREDENTIAL, redacted, 3, false);
        redacted = maskGroup(KEY_VALUE, redacted, 3, false);
        redacted = maskGroup(PROSE_VALUE, redacted, 3, true);
        redacted = maskGroup(JAPANESE_PASSWORD, redacted, 3, false);
        redacted = maskPasswordsInProse(redacted);
        return maskHighEntropy(redacted);
    }

    /**
     * Text that every pattern above needs, lower-cased: the words that introduce a credential (scheme, key-value and
     * prose patterns) and the fixed starts of the shape-only patterns. A text with none of them skips the patterns.
     */
    private static final List<String> NEEDED_WORDS = List.of(
            // "auth" only as the key-value keys spell it: "Unauthorized" is in many pasted errors
            "pass", "pwd", "secret", "token", "key", "authtoken", "auth_token", "auth-token", "authorization",
            "bearer", "basic", "ssws", "sig", "-----", "パスワード", "暗証番号", "パスコード", "sg.", "sk_", "rk_", "pk_",
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "aiza", "npm_", "atatt", "key-", "sk-",
            "xox", "xapp-", "hooks.slack.com", "eyj", "1//0", "ya29.", "akia", "asia");
    /** The shortest run that {@link #HIGH_ENTROPY} masks, the one pattern that needs no word at all. */
    private static final int SHORTEST_HIGH_ENTROPY_RUN = 28;

    /**
     * A cheap single pass that rules out most texts (connector errors, chatter) before any pattern runs: every
     * pattern needs a URL password ({@code @}), a run of {@link #HIGH_ENTROPY} characters long enough for it, or
     * one of {@link #NEEDED_WORDS}. Class names in pasted errors, such as {@code HttpRequestFailure}, are no reason.
     */
    private static boolean mightHoldASecret(String text) {
        int run = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '@') {
                return true;
            }
            boolean highEntropyChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '/' || c == '+' || c == '=';
            run = highEntropyChar ? run + 1 : 0;
            if (run >= SHORTEST_HIGH_ENTROPY_RUN) {
                return true;
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : NEEDED_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String maskGroup(Pattern pattern, String text, int group, boolean onlyTokenLike) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = matcher.group(group);
            boolean mask = !value.equals(MASK) && (!onlyTokenLike || looksGenerated(value));
            String replacement = mask
                    ? text.substring(matcher.start(), matcher.start(group)) + MASK
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String maskPasswordsInProse(String text) {
        Matcher matcher = PROSE_PASSWORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = matcher.group(3);
            boolean mask = !value.startsWith(MASK) && looksLikeAPassword(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask
                    ? text.substring(matcher.start(), matcher.start(3)) + MASK : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A digit, a symbol or mixed case: what a password has and an ordinary word ("incorrect") has not. */
    private static boolean looksLikeAPassword(String value) {
        String word = value.replaceAll("[.,;:!?)]+$", "");
        boolean symbol = word.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        boolean digit = word.chars().anyMatch(Character::isDigit);
        return digit || symbol || hasMixedCase(word.substring(Math.min(1, word.length())));
    }

    private static String maskHighEntropy(String text) {
        Matcher matcher = HIGH_ENTROPY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(looksGenerated(value) && hasMixedCase(value)
                    ? MASK : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Letters and digits mixed, the way generated secrets are and words are not. */
    private static boolean looksGenerated(String value) {
        boolean letter = false;
        boolean digit = false;
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    private static boolean hasMixedCase(String value) {
        boolean upper = false;
        boolean lower = false;
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower;
    }
}
