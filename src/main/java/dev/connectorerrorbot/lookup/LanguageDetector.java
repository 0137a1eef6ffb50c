package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.matching.MatchedError;
import java.util.List;

/**
 * Picks the reply language from what the person wrote, not from what they pasted: Japanese prose around an English
 * error gets a Japanese answer; an English question quoting the Japanese form of an error gets an English one.
 */
final class LanguageDetector {
    /** One Japanese character carries about as much as three Latin letters. */
    private static final int LATIN_LETTERS_PER_JAPANESE_CHARACTER = 3;
    private static final int MIN_JAPANESE_CHARACTERS = 2;

    private LanguageDetector() {
    }

    static Language detect(String text, List<MatchedError> errors) {
        int japanese = 0;
        int latin = 0;
        int errorIndex = 0;
        for (int position = 0; position < text.length(); position++) {
            while (errorIndex < errors.size() && errors.get(errorIndex).end() <= position) {
                errorIndex++;
            }
            if (errorIndex < errors.size() && errors.get(errorIndex).start() <= position) {
                continue;
            }
            char c = text.charAt(position);
            if (isJapanese(c)) {
                japanese++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        boolean writesJapanese = japanese >= MIN_JAPANESE_CHARACTERS
                && japanese * LATIN_LETTERS_PER_JAPANESE_CHARACTER >= latin;
        return writesJapanese ? Language.JA : Language.EN;
    }

    private static boolean isJapanese(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || c == '\u3005';
    }
}
