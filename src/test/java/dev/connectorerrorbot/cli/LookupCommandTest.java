package dev.connectorerrorbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The lookup CLI is a stable interface: its JSON shape, its line-for-line batch mode and its exit codes. */
class LookupCommandTest {
    private final CliRunner cli = new CliRunner();

    @Test
    void printsOneJsonObjectWithIdCandidatesAndExcerpt() throws IOException {
        CliRunner.Run run = cli.lookup("", "--json", "Okta:", "HttpRequestFailure:", "Server", "returned:", "401",
                "Unauthorized");

        assertEquals(0, run.exitCode());
        assertEquals("{\"lang\":\"en\",\"errors\":[{\"id\":\"okta-401-invalid-token\",\"candidates\":"
                + "[\"okta-401-invalid-token\"],\"excerpt\":\"HttpRequestFailure: Server returned: 401 Unauthorized\"}]}\n",
                run.out());
    }

    @Test
    void printsANullIdAndEveryCandidateWhenTheAppIsUnknown() throws IOException {
        CliRunner.Run run = cli.lookup("コネクタで NullPointerException が出ます", "--json");

        assertEquals("{\"lang\":\"ja\",\"errors\":[{\"id\":null,\"candidates\":[\"aws-null-pointer\","
                + "\"m365-null-pointer\"],\"excerpt\":\"NullPointerException\"}]}\n", run.out());
    }

    @Test
    void answersEveryBatchLineInOrderAndKeepsUnreadableLinesAligned() throws IOException {
        String stdin = "{\"text\": \"Slack: team_not_authorized\"}\n"
                + "this is not json\n"
                + "{\"text\": \"hello there\"}\n";

        CliRunner.Run run = cli.lookup(stdin, "--batch");

        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].contains("\"id\":\"slack-team-not-authorized\""), lines[0]);
        assertTrue(lines[1].startsWith("{\"lang\":\"en\",\"errors\":[],\"problem\":\"not a JSON object"), lines[1]);
        assertEquals("{\"lang\":\"en\",\"errors\":[]}", lines[2]);
    }

    @Test
    void printsTheResolutionCardAsTextByDefault() throws IOException {
        CliRunner.Run run = cli.lookup("Box: BoxRestException: Failed to parse response.");

        assertTrue(run.out().startsWith("■ Box: "), run.out());
        assertTrue(run.out().contains("    1. "), run.out());
        assertTrue(run.out().contains("https://learn.microsoft.com/en-us/defender-cloud-apps/"), run.out());
        assertTrue(run.out().contains("Entry box-rest-parse-failure"), run.out());
    }

    @Test
    void printsTheCardInJapaneseForAJapaneseMessage() throws IOException {
        CliRunner.Run run = cli.lookup("Box で BoxRestException: Failed to parse response. が出ました");

        assertTrue(run.out().contains("解決方法"), run.out());
        assertTrue(run.out().contains("https://learn.microsoft.com/ja-jp/"), run.out());
    }

    @Test
    void printsTheLearnMoreLinkUnderTheDocsLinkWhenTheEntryHasOne() throws IOException {
        CliRunner.Run run = cli.lookup("Zendesk: Get user: Success Get events: Request failed with status code 403");

        assertTrue(run.out().contains("\n  Microsoft docs: https://learn.microsoft.com/en-us/defender-cloud-apps/"
                + "troubleshooting-api-connectors-using-error-messages\n"
                + "  Learn more: https://learn.microsoft.com/en-us/defender-cloud-apps/connect-zendesk#prerequisites\n"),
                run.out());
    }

    @Test
    void printsTheJapaneseLearnMoreLinkForAJapaneseMessage() throws IOException {
        CliRunner.Run run = cli.lookup("Zendesk で Get user: Success Get events: Request failed with status code 403"
                + " というエラーが出ます");

        assertTrue(run.out().contains("\n  詳細情報: https://learn.microsoft.com/ja-jp/defender-cloud-apps/connect-zendesk\n"),
                run.out());
    }

    @Test
    void printsNoLearnMoreLineForAnEntryWithout() throws IOException {
        CliRunner.Run run = cli.lookup("Box: BoxRestException: Failed to parse response.");

        assertTrue(run.out().contains("Microsoft docs: "), run.out());
        assertFalse(run.out().contains("Learn more"), run.out());
    }

    @Test
    void saysNotFoundWithTheClosestEntries() throws IOException {
        CliRunner.Run run = cli.lookup("HttpRequestFailure: Server returned: 503 Service Unavailable");

        assertTrue(run.out().startsWith("✗ Not in the catalog"), run.out());
        assertTrue(run.out().contains("all-apps-http-500"), run.out());
    }

    @Test
    void saysALookAlikeSeemsToComeFromTheCallersOwnSoftware() throws IOException {
        CliRunner.Run run = cli.lookup("our sync script: java.net.SocketTimeoutException: Read timed out");

        assertTrue(run.out().startsWith("✗ Looks like an error from your own software"), run.out());
        assertTrue(run.out().contains("Microsoft 365: SocketTimeoutException: Read timed out (m365-read-timeout)"),
                run.out());
        assertFalse(run.out().contains("--- explain ---"), run.out());
    }

    @Test
    void reportsNoErrorForALookAlikeInJson() throws IOException {
        CliRunner.Run run = cli.lookup("our sync script: java.net.SocketTimeoutException: Read timed out", "--json");

        assertEquals("{\"lang\":\"en\",\"errors\":[]}\n", run.out());
    }

    @Test
    void explainsTheVerdictAfterTheTextWhenAsked() throws IOException {
        CliRunner.Run run = cli.lookup("our sync script: java.net.SocketTimeoutException: Read timed out",
                "--explain");

        String explanation = run.out().substring(run.out().indexOf("--- explain ---"));
        assertTrue(explanation.contains("language: en"), explanation);
        assertTrue(explanation.contains("error 1: \"SocketTimeoutException: Read timed out\" → m365-read-timeout, "
                + "salesforce-read-timeout"), explanation);
        assertTrue(explanation.contains("verdict: look-alike, not answered (score 0, needs 3)"), explanation);
        assertTrue(explanation.contains("-3 OWN_SOFTWARE"), explanation);
    }

    @Test
    void addsAnExplainFieldToEachJsonLineOnlyWhenAsked() throws IOException {
        String stdin = "{\"text\": \"Slack: team_not_authorized\"}\n";

        String plain = cli.lookup(stdin, "--batch").out();
        String explained = cli.lookup(stdin, "--batch", "--explain").out();

        assertFalse(plain.contains("\"explain\""), plain);
        assertTrue(explained.startsWith(plain.strip().substring(0, plain.strip().length() - 1)
                + ",\"explain\":{\"language\":\"en "), explained);
        assertTrue(explained.contains("\"signal\":\"CONNECTOR_MARK\",\"weight\":3"), explained);
        assertTrue(explained.contains("\"taken\":true"), explained);
    }

    @Test
    void rejectsAnUnknownOptionByNameWithUsageAndExitCode2() throws IOException {
        CliRunner.Run run = cli.lookup("", "--yaml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("lookup: unknown option '--yaml'\nusage: lookup"), run.err());
    }

    @Test
    void printsItsUsageAndExits0OnHelp() throws IOException {
        CliRunner.Run run = cli.lookup("", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("usage: lookup"), run.out());
    }

    @Test
    void addsTheCardInTheReplyLanguageWithDetailsAndKeepsTheStableFieldsAsTheyAre() throws IOException {
        CliRunner.Run run = cli.lookup("", "--json", "--details", "Okta のコネクタで HttpRequestFailure: Server returned:"
                + " 401 Unauthorized が出ます");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("{\"lang\":\"ja\",\"errors\":[{\"id\":\"okta-401-invalid-token\",\"candidates\":"
                + "[\"okta-401-invalid-token\"],\"excerpt\":\"HttpRequestFailure: Server returned: 401 Unauthorized\","
                + "\"card\":{\"app\":\"Okta\",\"title\":\"Okta の API トークンが無効です\",\"meaning\":"), run.out());
        assertTrue(run.out().contains("\"docs\":\"https://learn.microsoft.com/ja-jp/defender-cloud-apps/"), run.out());
    }

    @Test
    void addsNoCardToAnErrorSeveralAppsShare() throws IOException {
        CliRunner.Run run = cli.lookup("NullPointerException", "--json", "--details");

        assertEquals("{\"lang\":\"en\",\"errors\":[{\"id\":null,\"candidates\":[\"aws-null-pointer\","
                + "\"m365-null-pointer\"],\"excerpt\":\"NullPointerException\"}]}\n", run.out());
    }
}
