package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A card line in an 80-column terminal: broken between words or Japanese characters, indented under its text. */
class ColumnWrapTest {
    @Test
    void breaksEnglishBetweenWordsAndIndentsUnderTheText() {
        String wrapped = ColumnWrap.wrap("    1. ", "In the Defender portal, open the Okta app connector and start the"
                + " connect process again with the new token.", 80);

        assertEquals("    1. In the Defender portal, open the Okta app connector and start the connect\n"
                + "       process again with the new token.", wrapped);
    }

    @Test
    void breaksJapaneseBetweenCharactersCountingTwoColumnsEachAndNeverBeforeClosingPunctuation() {
        String wrapped = ColumnWrap.wrap("  エラーの意味: ", "Defender for Cloud Apps がこのコネクタで使っている API"
                + " トークンを Okta が受け付けませんでした。トークンが取り消された、期限が切れた、または発行した管理者が無効化された可能性があります。", 80);

        for (String line : wrapped.split("\n")) {
            assertTrue(ColumnWrap.width(line) <= 80, line);
            assertTrue(!line.strip().startsWith("、") && !line.strip().startsWith("。"), line);
        }
        assertEquals("Defender for Cloud Apps がこのコネクタで使っている API トークンを Okta が受け付けませんでした。トークンが"
                + "取り消された、期限が切れた、または発行した管理者が無効化された可能性があります。",
                String.join("", wrapped.substring("  エラーの意味: ".length()).split("\n *")));
    }

    @Test
    void leavesAWordLongerThanTheLineWhole() {
        String url = "https://learn.microsoft.com/en-us/defender-cloud-apps/troubleshooting-api-connectors-using-error-messages";

        assertEquals("  Microsoft docs: " + url, ColumnWrap.wrap("  Microsoft docs: ", url, 80));
    }
}
