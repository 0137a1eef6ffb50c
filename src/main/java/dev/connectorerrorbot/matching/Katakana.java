package dev.connectorerrorbot.matching;

/**
 * Katakana word boundaries. Japanese has no spaces and the tokenizer makes every Japanese character a token, so a
 * katakana name such as ボックス would otherwise match inside メールボックス (mailbox), コネクタ inside
 * データコネクタ (another product's data connector), and 連携 inside 連携スクリプト (an integration script).
 */
final class Katakana {
    private Katakana() {
    }

    static boolean isKatakana(char c) {
        return c >= '\u30A0' && c <= '\u30FF';
    }

    /**
     * Whether tokens {@code [start, end)} are not glued to katakana on either side: a katakana start may not follow
     * katakana, and a Japanese end may not be followed by katakana.
     */
    static boolean isWholeWord(TokenStream tokens, int start, int end) {
        String text = tokens.text;
        int first = tokens.starts[start];
        int last = tokens.ends[end - 1];
        boolean startsKatakana = isKatakana(text.charAt(first));
        boolean endsKatakana = isKatakana(text.charAt(last - 1));
        if (startsKatakana && first > 0 && isKatakana(text.charAt(first - 1))) {
            return false;
        }
        // 連携スクリプト is an integration script, not the connector: no Japanese word ends where katakana goes on
        boolean endsJapanese = endsKatakana || Tokenizer.isCjk(text.charAt(last - 1));
        return !(endsJapanese && last < text.length() && isKatakana(text.charAt(last)));
    }
}
