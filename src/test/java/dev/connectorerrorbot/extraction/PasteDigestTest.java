package dev.connectorerrorbot.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectorerrorbot.redaction.SecretRedactor;
import java.util.Optional;
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
        String kept = digest.errorLikeText("Error: " + "word ".repeat(1_000)).orElseThrow();

        assertEquals(PasteDigest.MAX_LENGTH + 1, kept.length());
    }
}
