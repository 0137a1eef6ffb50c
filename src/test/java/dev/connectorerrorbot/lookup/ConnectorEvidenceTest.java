package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evidence model as a table: for each pattern of real-world look-alikes, messages from people's own software
 * that must get no finding, and messages from a connector with the same error text that must. Rows are written in
 * English and Japanese; {@code \n} and {@code \t} in a row are a line break and a tab. Expected findings are written {@code -} (none), an
 * entry id, or {@code ask:} and the candidates the person is asked to choose from.
 */
@DisplayName("Connector evidence")
class ConnectorEvidenceTest {
    private static final CatalogService SERVICE = TestServices.catalogService();

    private static String findings(String message) {
        Answer answer = SERVICE.lookup(unescape(message));
        if (answer.isEmpty()) {
            return "-";
        }
        return answer.findings().stream().map(ConnectorEvidenceTest::describe).collect(Collectors.joining(" + "));
    }

    private static String unescape(String row) {
        return row.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static String describe(Finding finding) {
        if (finding instanceof Finding.Identified identified) {
            return identified.entry().id();
        }
        return "ask:" + finding.candidates().stream().map(CatalogEntry::id).sorted().collect(Collectors.joining(" "));
    }

    private static String sorted(String expected) {
        if (!expected.startsWith("ask:")) {
            return expected;
        }
        return "ask:" + Set.of(expected.substring(4).split(" ")).stream().sorted().collect(Collectors.joining(" "));
    }

    @Nested
    @DisplayName("stays silent on someone's own software")
    class OwnSoftware {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            NPE in a Gradle plugin for AWS with frames         | cache plugin for AWS fails:\\njava.lang.NullPointerException: Cannot invoke "com.amazonaws.auth.AWSCredentials.getAWSAccessKeyId()"\\n\\tat com.fabrikam.gradle.AwsCache.<init>(AwsCache.java:40)
            NPE wrapped by a Camel exception                   | org.apache.camel.RuntimeCamelException: java.lang.NullPointerException\\n\\tat org.apache.camel.component.aws2.s3.AWS2S3Consumer.poll(AWS2S3Consumer.java:99)
            NPE from an office365 SDK with its own message     | office365-java-sdk: NullPointerException: tenant is null
            NPE in a Kafka connector                            | our Kafka connector keeps throwing NullPointerException after the upgrade
            NPE in a cloud config client, Japanese             | Spring Cloud Config のクライアントが起動時に java.lang.NullPointerException: source is null で落ちます
            NPE in the person's Lambda                          | Getting NullPointerException in my Lambda when the S3 event has no records
            NoHttpResponse from an internal host                | payments client: NoHttpResponseException: ledger.corp.fabrikam.internal:443 failed to respond after deploys
            NoHttpResponse from another vendor's API            | Marketo connector: NoHttpResponseException: 123-ABC-456.mktorest.com:443 failed to respond
            NoHttpResponse from HubSpot, Japanese               | HubSpot の連携で NoHttpResponseException: api.hubapi.com:443 failed to respond が出ます
            NoHttpResponse from an unknown vendor's connector   | the Acme connector: NoHttpResponseException: api.acme.example.com:443 failed to respond
            Google token 400 from a mailer with frames          | Exception in thread "main" com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request\\n{"error": "invalid_grant"}\\n\\tat com.fabrikam.mail.Sender.send(Sender.java:12)
            Google token 400 from my publishing script          | my publishing script: com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request
            Google token 400 from a home-made tool, Japanese    | 自作の集計ツールが TokenResponseException: 400 Bad Request で止まりました
            tenant does not exist in a SIEM input               | Wazuh office365 module: Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 5c86873c-d9f8-405c-be53-6b899a405487 does not exist.
            tenant does not exist in Sentinel, Japanese         | Sentinel の Office 365 データコネクタで Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 5c86873c-d9f8-405c-be53-6b899a405487 does not exist. が出ます
            AADSTS70008 from Connect-MgGraph                    | We got AADSTS70008: The provided authorization code or refresh token is expired. when running Connect-MgGraph from my laptop
            AADSTS70002 from an Azure Function                  | Graph call from our Azure Function: AADSTS70002: Error validating credentials. AADSTS70008: The provided authorization code or refresh token is expired.
            AADSTS70008 in an MSAL app, Japanese                | 社内の勤怠アプリ (MSAL) で AADSTS70008: The provided authorization code or refresh token is expired. が出ます
            Box SDK invalid refresh token                       | boxsdk.exception.BoxOAuthException: Status: 400 Message: {'error': 'invalid_grant', 'error_description': 'Invalid refresh token'}
            Box SDK refresh race, Japanese                      | Box の API を自作スクリプトで叩くと {'error': 'invalid_grant', 'error_description': 'Invalid refresh token'} になります
            Box fragment with only the app as a label           | Box: {'error': 'invalid_grant', 'error_description': 'Invalid refresh token'}
            read timeout with frames                            | java.net.SocketTimeoutException: Read timed out\\n\\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)
            read timeout from a JDBC driver artifact            | the mysql-connector-java driver throws SocketTimeoutException: Read timed out under load
            read timeout from an IDE, Japanese                  | Eclipse で Maven を更新すると SocketTimeoutException: Read timed out になります
            service timeout in ops chatter                      | TIL: Service timeout in Envoy is per-route, not per-cluster
            service timeout in a PR title                       | PR: "raise service timeout for the quote API to 5s" ready for review
            service timeout in the person's service, Japanese   | 社内システムのバッチで Service timeout が頻発しています
            IOException in a refactoring proposal               | let's stop swallowing IOException in the upload handler
            IOException with its own message                    | java.io.IOException: Connection reset by peer
            IOException with its own message, Japanese          | 社内ツールで java.io.IOException: Broken pipe が出ます
            Ignite's own exception                              | IgniteException: Failed to start grid: node already started
            axios 403 from a web app                            | AxiosError: Request failed with status code 403\\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
            axios 403 in a portal, Japanese                     | 社内ポータルで AxiosError: Request failed with status code 403 が出ます
            403 from an HR sync connector that is not Defender's | the sync connector for our HR system says Request failed with status code 403
            Google 401 from gcloud, Japanese                    | gcloud が GoogleJsonResponseException: 401 Unauthorized を返します。ADC の設定ミスでした。
            Google 403 from an Apps Script                      | GoogleJsonResponseException: 403 Forbidden when calling Drive from my Apps Script
            team_not_authorized from a home-made Slack app      | 自作の Slack アプリで team_not_authorized が返ってきます
            service timeout in another product's connector      | FYI the connector for our data warehouse (Fivetran) shows Service timeout
            read timeout in Power Automate's connector          | Power Automate Salesforce connector: SocketTimeoutException: Read timed out
            Chinese note about an own Google script             | 我自己的脚本调用 Google API 报 TokenResponseException: 400 Bad Request
            Trend Micro's Cloud App Security                    | Trend Micro Cloud App Security: Service timeout when scanning Box
            another CASB product, Japanese                      | Netskope の CASB で Box をつないだら Service timeout が出ます
            the person's own Okta integration app, Japanese     | 自社開発の Okta 連携アプリで HttpRequestFailure: Server returned: 401 Unauthorized というログが出ます
            a read timeout in someone's Spark job               | Spark job on EMR: java.net.SocketTimeoutException: Read timed out at the shuffle fetch stage
            an integration script is no connector, Japanese     | 社内の Box 連携スクリプトで BoxOAuthException: {'error': 'invalid_grant', 'error_description': 'Invalid refresh token'} が出ます
            a BI tool's connector                               | the Jira Cloud connector for Power BI gives Service timeout on big projects
            the app's connector inside a BI tool                | Salesforce connector for Tableau: SocketTimeoutException: Read timed out
            a Maven plugin for AWS without frames               | [ERROR] Failed to execute goal com.amazonaws:aws-maven-plugin:1.0:deploy (default) on project site: NullPointerException -> [Help 1]
            an exception named in prose                         | What's the difference between IOException and UncheckedIOException?
            """)
        void givesNoFinding(String situation, String message) {
            assertEquals("-", findings(message));
        }

        @Test
        void keepsWhatItSawAsLookAlikesWithTheEntriesTheyResemble() {
            Answer answer = SERVICE.lookup("our release tool: java.net.SocketTimeoutException: Read timed out");

            assertTrue(answer.isOnlyLookAlikes());
            assertEquals(List.of("m365-read-timeout", "salesforce-read-timeout"),
                    answer.resembledEntries(3).stream().map(CatalogEntry::id).sorted().toList());
        }
    }

    @Nested
    @DisplayName("answers what a connector reported")
    class FromAConnector {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            NPE on the AWS connector                      | aws-null-pointer                  | The AWS connector (CloudTrail) says NullPointerException since Monday
            NPE in MCAS with the app named                | aws-null-pointer                  | AWS NullPointerException in MCAS
            NPE pasted alone asks which app               | ask:aws-null-pointer m365-null-pointer | NullPointerException
            NPE on the connectors page, Japanese          | ask:aws-null-pointer m365-null-pointer | コネクタの一覧に NullPointerException と出ています
            NPE on the AWS connector, Japanese            | aws-null-pointer                  | Defender for Cloud Apps の AWS コネクタが NullPointerException になりました
            Salesforce lock with its step label           | salesforce-ip-session-lock        | Get Permissions: NoHttpResponseException: fabrikam.my.salesforce.com:443 failed to respond
            Salesforce lock without the label, connector named | salesforce-ip-session-lock   | Salesforce connector: NoHttpResponseException: fabrikam.my.salesforce.com:443 failed to respond
            Google token 400 on the Workspace connector   | google-workspace-token-400        | Google Workspace connector: com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request
            Google token 400 pasted alone, qualified      | google-workspace-token-400        | com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request
            Google token 400, Japanese                    | google-workspace-token-400        | Google Workspace のコネクタで TokenResponseException: 400 Bad Request が出ました
            AF20023 with its message                      | m365-af20023-audit-disabled       | Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 0b7e3c2a-1d4f-4e5a-9b6c-7d8e9f0a1b2c does not exist or {"error":"code":"AF20023","message":"The subscription was disabled."
            the connector's AADSTS sentence asks          | ask:m365-context-manager-token-expired m365-token-expired | Microsoft 365 connector: AADSTS70008: The provided authorization code or refresh token is expired.
            Box refresh error from the connector          | box-context-manager-invalid-refresh-token | Box connector: ContextManagerServiceException: com.adallom.adalib.httputils.exceptions.TokenRefreshException: {"error":"invalid_grant","error_description":"Invalid refresh token"}'
            Box fragment on the Box connector             | ask:box-auth-fatal-invalid-refresh-token box-context-manager-invalid-refresh-token | Box connector: {"error":"invalid_grant","error_description":"Invalid refresh token"}
            read timeout on the Salesforce connector      | salesforce-read-timeout           | our Salesforce connector: SocketTimeoutException: Read timed out
            read timeout with the app as a label          | salesforce-read-timeout           | Salesforce: SocketTimeoutException: Read timed out
            service timeout with a system alert           | all-apps-service-timeout          | got a system alert: Service timeout
            service timeout with timestamps only          | all-apps-service-timeout          | 09:10 Service timeout\\n09:15 Service timeout
            service timeout on a Japanese integration     | all-apps-service-timeout          | Zendesk 連携が Service timeout のままです
            IOException on the Okta connector             | okta-io-exception                 | Okta connector → IOException: … nothing else
            IOException followed by Japanese prose        | okta-io-exception                 | Okta のコネクタで IOException: が出ています
            Ignite on the Microsoft 365 integration       | m365-ignite                       | Microsoft 365 の連携: IgniteException
            Zendesk 403 with its step labels              | zendesk-403-not-admin             | Get user: Success Get events: Request failed with status code 403
            Google 401 reported by the app                | google-workspace-401-not-admin    | Google says GoogleJsonResponseException: 401 Unauthorized
            team_not_authorized with the app's plan named | slack-team-not-authorized         | Slack Enterprise Grid connector: team_not_authorized
            a mark outweighs a wrapper of its own         | servicenow-403-permissions        | ServiceNow: RuntimeException: com.adallom.adalib.httputils.exceptions.HttpRequestFailure: Server returned: 403 Forbidden
            a marked error is context for a generic one   | slack-team-not-authorized + ask:aws-null-pointer m365-null-pointer | Slack: team_not_authorized\\nand later NullPointerException
            a product named after the error is no source  | aws-null-pointer                  | AWS connector says NullPointerException; CloudTrail still reaches Splunk fine
            a service account is no own software          | okta-401-invalid-token            | our service account for the Okta connector was disabled → HttpRequestFailure: Server returned: 401 Unauthorized
            Chinese message about a connector, answered   | okta-401-invalid-token            | Defender for Cloud Apps 的 Okta 连接器报 HttpRequestFailure: Server returned: 401 Unauthorized
            the retired Box library's exception is a mark | box-app-removed                   | Box sync stopped again: BoxServerException: Unauthorized - Cannot authorize with this service
            an error documented for all apps, app as label | all-apps-service-timeout         | ServiceNow: Service timeout
            a preposition after the colon is prose        | aws-null-pointer                  | NullPointerException: on the AWS connector since Monday
            """)
        void findsIt(String situation, String expected, String message) {
            assertEquals(sorted(expected), findings(message));
        }
    }

    @Nested
    @DisplayName("finds the app only where the person named it")
    class AppNames {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            token exchange is no Exchange                 => okta-401-invalid-token            => the Okta connector fails at the token exchange: HttpRequestFailure: Server returned: 401 Unauthorized
            token exchange alone names no app             => ask:exchange-online-401-unauthorized m365-401-internal okta-401-invalid-token => the connector fails at the token exchange: HttpRequestFailure: Server returned: 401 Unauthorized
            Exchange connector still names Exchange       => exchange-online-401-unauthorized  => Exchange connector: HttpRequestFailure: Server returned: 401 Unauthorized
            Microsoft 365 Defender is the portal          => ask:m365-400-internal salesforce-400-expired => Microsoft 365 Defender > Settings > Cloud Apps > App connectors: HttpRequestFailure: Server returned: 400 Bad Request
            Microsoft 365 Defender beside the real app    => okta-401-invalid-token            => Okta connector in the Microsoft 365 Defender portal: HttpRequestFailure: Server returned: 401 Unauthorized
            Defender for Office 365 is another product    => ask:exchange-online-401-unauthorized m365-401-internal okta-401-invalid-token => Defender for Office 365 is fine but a connector shows HttpRequestFailure: Server returned: 401 Unauthorized
            an onmicrosoft.com address names no app       => ask:aws-null-pointer m365-null-pointer => the connector set up by admin@contoso.onmicrosoft.com shows NullPointerException
            a Slack user name in link form                => ask:exchange-online-404-no-mailbox okta-404-internal => <@U0123|okta.admin> the connector shows HttpRequestFailure: Server returned: 404 Not Found
            a Slack channel name in link form             => m365-401-internal                 => asked in <#C0123|okta-admins> first; Microsoft 365 connector: HttpRequestFailure: Server returned: 401 Unauthorized
            a Slack user name typed with @                => ask:exchange-online-404-no-mailbox okta-404-internal => @okta.admin can you look? app connector shows HttpRequestFailure: Server returned: 404 Not Found
            a Slack channel name typed with #             => ask:exchange-online-404-no-mailbox okta-404-internal => see #okta-admins: the connector shows HttpRequestFailure: Server returned: 404 Not Found
            Entra names Microsoft 365                     => m365-401-internal                 => Entra ID connector: HttpRequestFailure: Server returned: 401 Unauthorized
            Azure AD names Microsoft 365                  => m365-null-pointer                 => Azure AD connector → NullPointerException
            Amazon names AWS                              => aws-null-pointer                  => Amazon connector → NullPointerException
            the katakana Box is not inside mailbox        => exchange-online-404-no-mailbox    => メールボックスの移行後、Exchange Online のコネクタで HttpRequestFailure: Server returned: 404 Not Found になりました
            the katakana Box on its own                   => box-app-removed                   => ボックスのコネクタで BoxServerException: Unauthorized - Cannot authorize with this service が出ます
            a name with its connector beats a nearer one  => okta-401-invalid-token            => Okta connector, set up by the Salesforce team: HttpRequestFailure: Server returned: 401 Unauthorized
            """)
        void picksTheNamedApp(String situation, String expected, String message) {
            assertEquals(sorted(expected), findings(message));
        }
    }

    @Nested
    @DisplayName("answers in the language of the person's own words")
    class Languages {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Chinese is not Japanese                       | en | Defender for Cloud Apps 的 Box 连接器需要企业版吗？
            Chinese with an error                         | en | Okta 连接器报 HttpRequestFailure: Server returned: 401 Unauthorized
            Japanese around a long fenced trace           | ja | サービスが起動時に落ちます。\\n```\\njava.lang.NullPointerException: Cannot invoke "org.example.Config.name()" because "config" is null\\n\\tat org.example.Boot.start(Boot.java:10)\\n\\tat org.example.Boot.main(Boot.java:4)\\n```\\n設定の問題でしょうか
            Japanese around a long unfenced trace         | ja | 次のエラーで止まります\\njava.net.SocketTimeoutException: Read timed out\\n\\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\\n\\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:304)\\nどうすればいいですか
            Japanese full of product names                | ja | Microsoft 365 Defender の App connectors で Okta が HttpRequestFailure: Server returned: 401 Unauthorized になっています
            English quoting the Japanese error form       | en | the Japanese portal shows アクセス許可の取得: NoHttpResponseException: contoso.my.salesforce.com:443 応答に失敗しました for our Salesforce connector, what does it mean?
            English with a katakana app name              | en | the Salesforce (セールスフォース) connector says SocketTimeoutException: Read timed out
            terse Japanese around product names           | ja | MCAS の Google Workspace コネクタ: GoogleJsonResponseException: 401 Unauthorized
            English quoting a Japanese button label       | en | FYI the 今すぐテスト button in the portal does nothing at all for the Okta connector since Monday
            """)
        void choosesTheReplyLanguage(String situation, String language, String message) {
            assertEquals(Language.fromCode(language).orElseThrow(), SERVICE.lookup(unescape(message)).language());
        }
    }

    @Nested
    @DisplayName("explains its verdict")
    class Explaining {
        @Test
        void namesTheEvidenceAgainstAnOwnStackTrace() {
            Explanation explanation = SERVICE.explain("java.net.SocketTimeoutException: Read timed out\n"
                    + "\tat com.fabrikam.sync.Client.get(Client.java:88)");

            Explanation.Judged judged = explanation.errors().get(0);
            assertFalse(judged.taken());
            assertTrue(judged.score() < judged.threshold());
            assertEquals(List.of("GENERIC_TEXT", "STACK_FRAMES", "BARE_PASTE"),
                    judged.reasons().stream().map(Explanation.Reason::signal).toList());
        }

        @Test
        void namesTheEvidenceForAConnectorError() {
            Explanation explanation = SERVICE.explain("MCAS: the Okta connector shows HttpRequestFailure: Server "
                    + "returned: 401 Unauthorized");

            Explanation.Judged judged = explanation.errors().get(0);
            assertTrue(judged.taken());
            assertEquals(List.of("okta-401-invalid-token"), judged.candidates());
            assertEquals(List.of("CONNECTOR_MARK", "DEFENDER_NAMED", "CONNECTOR_NAMED", "APP_NAMED"),
                    judged.reasons().stream().map(Explanation.Reason::signal).toList());
            assertTrue(explanation.language().startsWith("en "), explanation.language());
        }

        @Test
        void masksSecretsInTheWordsItQuotes() {
            String password = "A1bS3cretValue99x";
            Explanation explanation = SERVICE.explain("Okta connector: HttpRequestFailure: Server returned: 401 "
                    + "Unauthorized\n\tat com.fabrikam.Db.open(password=" + password + ")");

            assertTrue(explanation.toString().contains("STACK_FRAMES"), explanation.toString());
            assertFalse(explanation.toString().contains(password), explanation.toString());
        }
    }
}
