package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What an admin sees when pasting: every documented error found, the right app, asked when unsure, else silent. */
class CatalogServiceTest {
    private static final Catalog CATALOG = RepositoryCatalog.load();
    private static final CatalogService SERVICE = TestServices.catalogService();

    static Stream<Arguments> entries() {
        return CATALOG.entries().stream().map(entry -> Arguments.of(entry.id(), entry));
    }

    /** The ids of every entry whose documented text is exactly this one's: a paste of it must ask among them. */
    private static Set<String> sharingTheText(CatalogEntry entry) {
        return CATALOG.entries().stream().filter(other -> other.error().equals(entry.error()))
                .map(CatalogEntry::id).collect(Collectors.toSet());
    }

    private static List<String> ids(Finding finding) {
        return finding.candidates().stream().map(CatalogEntry::id).toList();
    }

    @ParameterizedTest(name = "{0} → found from its verbatim text")
    @MethodSource("entries")
    void findsEveryEntryFromItsVerbatimText(String id, CatalogEntry entry) {
        Answer answer = SERVICE.lookup(entry.error());

        assertEquals(1, answer.findings().size(), () -> "findings: " + answer.findings());
        assertEquals(sharingTheText(entry), Set.copyOf(ids(answer.findings().get(0))));
        assertEquals(Language.EN, answer.language());
    }

    @ParameterizedTest(name = "{0} → identified when its app is named")
    @MethodSource("entries")
    void identifiesEveryEntryWhenThePasteNamesItsApp(String id, CatalogEntry entry) {
        Answer answer = SERVICE.lookup(entry.app().name(Language.EN) + " connector shows: " + entry.error());

        assertEquals(1, answer.findings().size(), () -> "findings: " + answer.findings());
        Finding finding = answer.findings().get(0);
        assertEquals(List.of(id), ids(finding));
        assertTrue(finding instanceof Finding.Identified);
    }

    @ParameterizedTest(name = "{0} → found in Japanese prose with a Japanese reply")
    @MethodSource("entries")
    void answersJapaneseProseAroundAnEnglishErrorInJapanese(String id, CatalogEntry entry) {
        Answer answer = SERVICE.lookup(entry.app().name(Language.JA) + " のコネクタで「" + entry.error()
                + "」というエラーが出ます。どうすればいいですか？");

        assertEquals(List.of(id), ids(answer.findings().get(0)));
        assertEquals(Language.JA, answer.language());
    }

    static Stream<Arguments> aliases() {
        List<Arguments> arguments = new ArrayList<>();
        for (CatalogEntry entry : CATALOG.entries()) {
            for (String alias : entry.aliases()) {
                arguments.add(Arguments.of(entry.id(), alias));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} → found from its alias {1}")
    @MethodSource("aliases")
    void findsEveryEntryFromEachOfItsAliases(String id, String alias) {
        Answer answer = SERVICE.lookup("コネクタに次のエラーが表示されました: " + alias);

        assertEquals(1, answer.findings().size());
        assertEquals(List.of(id), ids(answer.findings().get(0)));
        assertEquals(Language.JA, answer.language());
    }

    static Stream<Arguments> noisyVariants() {
        List<Arguments> arguments = new ArrayList<>();
        for (CatalogEntry entry : CATALOG.entries()) {
            // the connector named, as admins paste it: a generic error such as "Service timeout" needs that context
            String named = entry.app().name(Language.EN) + " connector: ";
            String error = entry.error();
            arguments.add(Arguments.of(entry.id(), "code fence", "here:\n```\n" + named + error + "\n```"));
            arguments.add(Arguments.of(entry.id(), "Slack quote", "&gt; " + named + error + "\nany idea?"));
            arguments.add(Arguments.of(entry.id(), "log line",
                    "2024-05-01T10:00:00.123Z ERROR [sync-7] " + named + error + " (attempt 3/3)"));
            arguments.add(Arguments.of(entry.id(), "backslash-escaped quotes", named + error.replace("\"", "\\\"")));
            arguments.add(Arguments.of(entry.id(), "smart quotes", named + smartQuotes(error)));
            arguments.add(Arguments.of(entry.id(), "wrapped lines and space runs",
                    named + error.replace(": ", ":\n   ").replace(" ", "  ")));
            arguments.add(Arguments.of(entry.id(), "lower case", (named + error).toLowerCase()));
            arguments.add(Arguments.of(entry.id(), "no trailing quote or brace",
                    named + error.replaceAll("[\"'}]+$", "")));
            arguments.add(Arguments.of(entry.id(), "Slack-escaped", (named + error).replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;")));
        }
        return arguments.stream();
    }

    private static String smartQuotes(String text) {
        StringBuilder curly = new StringBuilder();
        boolean open = true;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                curly.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                curly.append(c == '\'' ? '\u2019' : c);
            }
        }
        return curly.toString();
    }

    @ParameterizedTest(name = "{0} → found through {1}")
    @MethodSource("noisyVariants")
    void findsEveryEntryThroughTheNoiseOfRealPastes(String id, String variant, String paste) {
        Answer answer = SERVICE.lookup(paste);

        assertEquals(1, answer.findings().size(), () -> "findings: " + answer.findings());
        assertEquals(List.of(id), ids(answer.findings().get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        real tenant GUID in AF20012       | m365-af20012-no-license     | HttpRequestFailure: Server returned: 400 Bad Request: {"error":{"code":"AF20012","message":"Specified tenant ID (0d6f8a9e-1b2c-4d3e-8f9a-0b1c2d3e4f5a) is incorrectly configured in the system."}}
        tenant domain in AF20012          | m365-af20012-no-license     | HttpRequestFailure: Server returned: 400 Bad Request: {"error":{"code":"AF20012","message":"Specified tenant ID (contoso.onmicrosoft.com) is incorrectly configured in the system."
        real tenant GUID in AF20023       | m365-af20023-audit-disabled | Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 11111111-2222-4333-8444-555555555555 does not exist or {"error":"code":"AF20023","message":"The subscription was disabled."
        real Salesforce host              | salesforce-ip-session-lock  | Get Permissions: NoHttpResponseException: acme--uat.sandbox.my.salesforce.com:443 failed to respond
        masked host as in the docs        | salesforce-ip-session-lock  | Get Permissions: NoHttpResponseException: *******.salesforce.com:443 failed to respond
        Workday 403 with both calls       | workday-403-permission-denied | Get events: {"code":403,"serverResponse":{"reason":"Forbidden"}} Get users: {"code":403,"serverResponse":{"reason":"Forbidden","body":"{\\"error\\":\\"permission denied\\"}"}}
        Workday 400 with a message        | workday-400-invalid-grant   | {"code":400,"serverResponse":{"message":"Bad Request","body":"{\\"error\\":\\"invalid_grant\\"}"}}
        only the Atlassian entitlement tail | atlassian-audit-log-entitlement | Audit Log Entitlement validation failed
        Atlassian tail after a status     | atlassian-audit-log-entitlement | 402. Payment Required. Audit Log Entitlement validation failed
        ServiceNow 403 without its wrapper | servicenow-403-permissions | com.adallom.adalib.httputils.exceptions.HttpRequestFailure: Server returned: 403 Forbidden
        fully qualified Google exception  | google-workspace-token-400  | com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request
        IOException with an ellipsis      | okta-io-exception           | Okta says IOException: … nothing more
        JSON-escaped newline in a log     | m365-token-expired          | {"msg":"O365 TokenRefreshException: {\\"error\\":\\"invalid_grant\\",\\"error_description\\":\\"AADSTS70002: Error validating credentials.\\nAADSTS70008: The provided authorization code or refresh token is expired.\\nSend a new interactive authorization request for this user and resource.\\""}
        """)
    void findsWhatAdminsActuallyPaste(String situation, String expectedId, String paste) {
        Answer answer = SERVICE.lookup(paste);

        assertEquals(List.of(List.of(expectedId)), answer.findings().stream().map(CatalogServiceTest::ids).toList());
    }

    @Test
    void asksAboutTheAADSTS70008SentenceFromTheConnectorBecauseTwoEntriesCarryIt() {
        Answer answer = SERVICE.lookup("Microsoft 365 connector: AADSTS70008: The provided authorization code or "
                + "refresh token is expired.");

        assertEquals(Set.of("m365-token-expired", "m365-context-manager-token-expired"),
                Set.copyOf(ids(answer.findings().get(0))));
    }

    @Nested
    class WhenAnErrorIsSharedBySeveralApps {
        @ParameterizedTest(name = "{0} asks among {1}")
        @CsvSource(delimiter = '|', textBlock = """
            HttpRequestFailure: Server returned: 401 Unauthorized | exchange-online-401-unauthorized okta-401-invalid-token m365-401-internal
            HttpRequestFailure: Server returned: 404 Not Found    | exchange-online-404-no-mailbox okta-404-internal
            HttpRequestFailure: Server returned: 400 Bad Request  | m365-400-internal salesforce-400-expired
            NullPointerException                                  | aws-null-pointer m365-null-pointer
            SocketTimeoutException: Read timed out                | m365-read-timeout salesforce-read-timeout
            """)
        void asksWhichAppWhenNothingSaysWhich(String paste, String candidates) {
            Answer answer = SERVICE.lookup("The connector shows " + paste);

            Finding finding = answer.findings().get(0);
            assertTrue(finding instanceof Finding.Ambiguous);
            assertEquals(Set.of(candidates.split(" ")), Set.copyOf(ids(finding)));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiterString = "=>", textBlock = """
            Okta link                      => okta-401-invalid-token           => <https://contoso.okta.com|contoso.okta.com> HttpRequestFailure: Server returned: 401 Unauthorized
            EXO abbreviation               => exchange-online-401-unauthorized => EXO: HttpRequestFailure: Server returned: 401 Unauthorized
            katakana Salesforce            => salesforce-400-expired           => セールスフォースで HttpRequestFailure: Server returned: 400 Bad Request が出ます
            AWS after the error            => aws-null-pointer                 => NullPointerException on our AWS connector
            app on the line above          => m365-read-timeout                => Office 365 connector\\nSocketTimeoutException: Read timed out
            """)
        void narrowsToTheAppThePasteNames(String situation, String expectedId, String paste) {
            Answer answer = SERVICE.lookup(paste.replace("\\n", "\n"));

            assertEquals(List.of(List.of(expectedId)), answer.findings().stream().map(CatalogServiceTest::ids).toList());
        }

        @Test
        void keepsAskingAmongTheAppsNamedWhenSeveralAre() {
            Answer answer = SERVICE.lookup("We run Okta and Exchange Online.\nHttpRequestFailure: Server returned: 401 Unauthorized");

            assertEquals(Set.of("okta-401-invalid-token", "exchange-online-401-unauthorized"),
                    Set.copyOf(ids(answer.findings().get(0))));
        }

        @Test
        void answersEachLabelledCopyWithItsOwnApp() {
            Answer answer = SERVICE.lookup("Okta: HttpRequestFailure: Server returned: 401 Unauthorized\n"
                    + "Microsoft 365: HttpRequestFailure: Server returned: 401 Unauthorized");

            assertEquals(List.of(List.of("okta-401-invalid-token"), List.of("m365-401-internal")),
                    answer.findings().stream().map(CatalogServiceTest::ids).toList());
        }
    }

    @Nested
    class WhenAMessageHoldsSeveralErrors {
        @Test
        void reportsThemInOrderOfAppearance() {
            Answer answer = SERVICE.lookup("Slack: team_not_authorized\nthen Box: BoxRestException: Failed to parse response.");

            assertEquals(List.of(List.of("slack-team-not-authorized"), List.of("box-rest-parse-failure")),
                    answer.findings().stream().map(CatalogServiceTest::ids).toList());
        }

        @Test
        void reportsTheSameErrorOnce() {
            Answer answer = SERVICE.lookup("09:10 Service timeout\n09:15 Service timeout\n09:20 Service timeout");

            assertEquals(1, answer.findings().size());
        }

        @Test
        void prefersTheLongerErrorThatContainsAShorterOne() {
            Answer answer = SERVICE.lookup("ContextManagerServiceException: com.adallom.adalib.httputils.exceptions."
                    + "TokenRefreshException: {\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}'");

            assertEquals(List.of(List.of("box-context-manager-invalid-refresh-token")),
                    answer.findings().stream().map(CatalogServiceTest::ids).toList());
        }
    }

    @Nested
    class WhenNothingMatches {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            chatter                          | morning all, the Okta connector looks fine today
            Japanese chatter                 | Slackのワークスペース移行の件、来週打ち合わせしましょう
            a status not in the catalog      | HttpRequestFailure: Server returned: 418
            Google 429                       | GoogleJsonResponseException: 429 Too Many Requests
            own IOException with a message   | java.io.IOException: Stream closed
            own NPE with a message           | java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null
            own NPE with a stack trace       | java.lang.NullPointerException\\n\\tat com.example.App.main(App.java:14)
            a 502 not in the catalog         | HttpRequestFailure: Server returned: 502 Bad Gateway
            a phrase of an error only        | my request read timed out again
            the empty message                | ''
            """)
        void staysSilent(String situation, String message) {
            Answer answer = SERVICE.lookup(message.replace("\\n", "\n").replace("\\t", "\t"));

            assertTrue(answer.isEmpty(), () -> "found " + answer.findings());
        }
    }

    @Test
    void answersInEnglishWhenAnEnglishQuestionQuotesAJapaneseError() {
        Answer answer = SERVICE.lookup("What does this mean? ユーザーの取得: リクエストはステータス コード 403 で失敗しました");

        assertEquals(List.of(List.of("zendesk-403-not-admin")), answer.findings().stream().map(CatalogServiceTest::ids).toList());
        assertEquals(Language.EN, answer.language());
    }

    @Test
    void masksSecretsInTheExcerpt() {
        Answer answer = SERVICE.lookup("Microsoft 365: HttpRequestFailure: Server returned: 400 Bad Request: "
                + "{\"error\":{\"code\":\"AF20012\",\"message\":\"Specified tenant ID (client_secret=Zx81kQp0Lm2Nw7Vb) "
                + "is incorrectly configured in the system.\"");

        String excerpt = answer.findings().get(0).excerpt();
        assertFalse(excerpt.contains("Zx81kQp0Lm2Nw7Vb"), excerpt);
        assertTrue(excerpt.contains("client_secret=[REDACTED]"), excerpt);
    }
}
