package dev.connectorerrorbot.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The docs page's error table, read the way Microsoft writes it in Markdown. */
class DocsPageTest {

    @Nested
    @DisplayName("an error cell")
    class ErrorCell {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '→', quoteCharacter = '\u0000', textBlock = """
                line breaks written as <br />               → "code":401<br />…<br />body":"x"           → "code":401 … body":"x"
                line breaks written as <br> or <BR/>        → Get events<br>Get users<BR/>done         → Get events Get users done
                a code span in backticks                    → NoHttp: `*******.salesforce.com:443` failed → NoHttp: *******.salesforce.com:443 failed
                escaped Markdown characters                 → team\\_not\\_authorized \\*x\\* a\\\\b          → team_not_authorized *x* a\\b
                an escaped backtick stays                   → a \\` tick                                  → a ` tick
                named and numbered HTML entities            → Service&nbsp;timeout &lt;br&gt; &#8230; &#x41; → Service timeout <br> … A
                an unknown entity stays as written          → a &bogus; b                                → a &bogus; b
                runs of spaces folded into one              → Microsoft  365 <br />  tenant           → Microsoft 365 tenant
                """)
        void readsAsTheTextAReaderSees(String what, String cell, String text) {
            assertEquals(text, MarkdownCell.plainText(cell));
        }
    }

    @Nested
    @DisplayName("a page")
    class Page {

        @Test
        void yieldsEveryRowWithItsLineInsideABlockQuote() {
            String page = String.join("\n",
                    "# Troubleshooting",
                    "",
                    "> [!div class=\"mx-tableFixed\"]",
                    ">",
                    "> |Error message|Relevant app|Description|Resolution|",
                    "> |----|----|----|------------|",
                    "> |Service timeout|All apps|Slow \\| late.|Try again later.|",
                    "> |IOException:|Okta|Internal error|Contact support|",
                    "",
                    "## Next steps");

            PageRead read = DocsPage.read(page);

            PageRead.Rows rows = assertInstanceOf(PageRead.Rows.class, read);
            assertEquals(List.of(new DocsRow(7, "Service timeout", "All apps"), new DocsRow(8, "IOException:", "Okta")),
                    rows.rows());
        }

        @Test
        void yieldsTheRowsOfATableOutsideABlockQuoteToo() {
            String page = "|Error message|Relevant app|Description|Resolution|\n|:---|:---:|---|---|\n|x|y|z|w|\n";

            PageRead.Rows rows = assertInstanceOf(PageRead.Rows.class, DocsPage.read(page));

            assertEquals(List.of(new DocsRow(3, "x", "y")), rows.rows());
        }

        @Test
        void isUnreadableWithoutTheErrorTable() {
            PageRead read = DocsPage.read("# A page\n\n|Setting|Value|\n|---|---|\n|a|b|\n");

            assertEquals(new PageRead.Unreadable("no table with the columns |Error message|Relevant app|Description|"
                    + "Resolution|; is this the Markdown source of the troubleshooting page?"), read);
        }

        @Test
        void isUnreadableWhenTheHeaderHasNoDelimiterLine() {
            PageRead read = DocsPage.read("|Error message|Relevant app|Description|Resolution|\n|x|y|z|w|\n");

            assertEquals(new PageRead.Unreadable("line 2: expected the table's |----| line under its header"), read);
        }

        @Test
        void isUnreadableWhenARowLacksItsApp() {
            PageRead read = DocsPage.read("|Error message|Relevant app|Description|Resolution|\n|---|---|---|---|\n"
                    + "|x|y|z|w|\n|NullPointerException|\n");

            assertEquals(new PageRead.Unreadable("line 4: a table row needs an error message and an app, found 1"
                    + " cell(s)"), read);
        }

        @Test
        void isUnreadableWhenTheTableHasNoRows() {
            PageRead read = DocsPage.read("|Error message|Relevant app|Description|Resolution|\n|---|---|---|---|\n\n");

            assertEquals(new PageRead.Unreadable("line 1: the error table has no rows"), read);
        }
    }
}
