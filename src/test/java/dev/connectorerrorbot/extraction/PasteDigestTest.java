package dev.connectorerrorbot.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;

import dev.connectorerrorbot.redaction.SecretRedactor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What the report keeps of a paste that was not found")
class PasteDigestTest {
    private final PasteDigest digest = new PasteDigest(new SecretRedactor());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        the error from its first word on     => our Okta connector shows HttpRequestFailure: Server returned: 418    => HttpRequestFailure: Server returned: 418
        tenant id and host replaced          => Failure: tenant 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b at contoso.sharepoint.com => Failure: tenant <id> at <host>
        time, address and long number        => 2025-01-15T09:30:00Z Error 12345 from 10.0.0.7: refused    => Error <n> from <ip>: refused
        secret masked                        => AuthenticationError: password=hunter2hunter2 rejected         => AuthenticationError: password=[REDACTED] rejected
        Slack escapes undone                 => Error: value &lt;tenant&gt; is invalid                      => Error: value <tenant> is invalid
        Japanese error, from its word on     => Salesforce への接続に失敗しました                              => への接続に失敗しました
        """)
    void keepsTheErrorLineRedactedAndNormalised(String situation, String pasted, String kept) {
        assertEquals(Optional.of(kept), digest.errorLikeText(pasted));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        chatter                              => lunch at noon, anyone?
        an error word in a sentence          => I cannot come to the meeting
        empty                                => ''
        """)
    void keepsNothingOfAPasteThatDoesNotLookLikeAnError(String situation, String pasted) {
        assertEquals(Optional.empty(), digest.errorLikeText(pasted));
    }

    @Test
    void cutsAVeryLongErrorLineToABoundedLength() {
        String kept = digest.errorLikeText("Error: " + "invalid ".repeat(1_000)).orElseThrow();

        assertEquals(PasteDigest.MAX_LENGTH + 1, kept.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        Azure DevOps PAT, lower case  => AuthenticationFailure: PAT xq3vmb7k2pj5hdw4zrt6nfc2ysl7ga3eu5ok4ibq6jv2mdx7wphe rejected => xq3vmb7k2pj5hdw4zrt6nfc2ysl7ga3eu5ok4ibq6jv2mdx7wphe
        password in Japanese prose    => 接続に失敗しました。パスワードはTsukimi77です                          => Tsukimi77
        password as a plain word      => Error: login failed, our password is sunflower now                      => sunflower
        SendGrid key, part            => Error: SendGrid key 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 rejected => TwL2iGABf9DHoTf
        connection string             => SqlException: Server=tcp:db01,1433;User ID=svc_bot;Password=Kq8vRt2LmNw9;Encrypt=True => Kq8vRt2LmNw9
        SAS sig                       => Error 403 for https://contoso.blob.core.windows.net/c?sv=2022-11-02&sig=AbCdEf0123456789%2B => AbCdEf0123456789
        user name                     => AuthenticationError: user svc_contoso_admin is locked                   => svc_contoso_admin
        a word the redactor misses    => Failure: login with hunter with reset token correcthorsebatterystaple => correcthorsebatterystaple
        """)
    void keepsNoPartOfAnyWordThatIsNotOnTheAllowList(String kind, String pasted, String secret) {
        String kept = digest.errorLikeText(pasted).orElseThrow();

        assertFalse(kept.contains(secret), kept);
    }

    @Test
    void runsOfWordsOffTheListBecomeOnePlaceholder() {
        assertEquals(Optional.of("Error: <…> is invalid"),
                digest.errorLikeText("Error: contoso tenant42 widget is invalid"));
    }

    /** Every documented error pasted alone keeps all its words: the allow-list grows with the catalog. */
    @Test
    void keepsEveryWordOfEveryDocumentedError() {
        CatalogLoad load = new CatalogLoader().load(Path.of("catalog"));
        Catalog catalog = ((CatalogLoad.Loaded) load).catalog();

        List<String> lost = catalog.entries().stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.error()), entry.aliases().stream()))
                .map(error -> error + " => " + digest.errorLikeText("Error: " + error).orElse(""))
                .filter(digested -> digested.contains(PasteDigest.PLACEHOLDER))
                .toList();

        assertEquals(List.of(), lost);
    }
}
