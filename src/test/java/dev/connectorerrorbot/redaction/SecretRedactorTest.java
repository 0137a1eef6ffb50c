package dev.connectorerrorbot.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credentials pasted next to an error never come back out: every known shape is masked, errors are left alone. */
class SecretRedactorTest {
    private final SecretRedactor redactor = new SecretRedactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        Slack bot token          => installed with xoxb-1356077533142-1169522604709-vCe4kVd6lgD05uGjDouD6fCz today => xoxb-1356077533142-1169522604709-vCe4kVd6lgD05uGjDouD6fCz
        Slack app token          => SLACK_APP_TOKEN=xapp-1-A0123ABCD-4567890123-abcdef0123456789 => xapp-1-A0123ABCD-4567890123-abcdef0123456789
        bearer header            => Authorization: Bearer abc.DEF-123_456~xyz/+= => abc.DEF-123_456~xyz/+=
        JWT alone                => token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl => eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl
        client_secret=           => ?client_id=abc&client_secret=s3cr3t-Value_1 => s3cr3t-Value_1
        refresh_token=           => refresh_token=1a2b3c4d5e6f => 1a2b3c4d5e6f
        password= in a JDBC URL  => jdbc:postgresql://db01:5432/ship?user=ship_app&password=JJoz-FRmQx!904 => JJoz-FRmQx!904
        api_key in JSON          => {"api_key": "AbC123dEf456"} => AbC123dEf456
        Okta SSWS token          => Token we used: `SSWS 00NdoXlfn8dCmOWait8jZFBu4yNj94J8c_VWed01F5` => 00NdoXlfn8dCmOWait8jZFBu4yNj94J8c_VWed01F5
        Google refresh token     => old refresh token 1//0uhuvdFmIc-g42VpSgiX1fnAP3dXYVT_tgUAwCJFNNf4cmhq5MO if anyone => 1//0uhuvdFmIc-g42VpSgiX1fnAP3dXYVT_tgUAwCJFNNf4cmhq5MO
        client secret in prose   => the Box app's client secret is p4ndbKug4ovX850R5bVVn1pMyAXAxJ76 in case => p4ndbKug4ovX850R5bVVn1pMyAXAxJ76
        password in a URL        => https://admin:hunter2hunter2@example.com/api => hunter2hunter2
        AWS access key id        => key AKIAIOSFODNN7EXAMPLE was rotated => AKIAIOSFODNN7EXAMPLE
        Azure DevOps PAT, lower case => the PAT x66s2o4a2qpoastvjtboqbjb55sotxq2fw73lscsfaxp7jttu55e stopped working => x66s2o4a2qpoastvjtboqbjb55sotxq2fw73lscsfaxp7jttu55e
        Azure DevOps PAT, 84 chars   => PAT: onGY2O2IQ0OUV86rGbNNZZGnELEwiTDVT6lgmbf7xUsP0P9gjcl7NSWShU8WownKBfl7fDf4cKjjAZDORUXk => onGY2O2IQ0OUV86rGbNNZZGnELEwiTDVT6lgmbf7xUsP0P9gjcl7NSWShU8WownKBfl7fDf4cKjjAZDORUXk
        SendGrid key                 => SendGrid said 401 for 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 => 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
        Stripe secret key            => Stripe key sk_live_XnAcWwhR3zAqhNyMmwVCxBbw was revoked => sk_live_XnAcWwhR3zAqhNyMmwVCxBbw
        storage connection string    => DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=dbTmBQq79GygZnhAOgshDBj1zpi4i4zBGozlxQF0l3AnQB2bFtKsh2eWYtVFpIPEnLCGiFJfWOQgUQudDfZFUW==;EndpointSuffix=core.windows.net => dbTmBQq79GygZnhAOgshDBj1zpi4i4zBGozlxQF0
        SAS signature                => https://contoso.blob.core.windows.net/c?sv=2022-11-02&se=2026-01-01&sr=c&sp=rl&sig=dGvIkgTxzszeomDnTaOaovzMNndr5ObyOdjQ9IS8%3D => dGvIkgTxzszeomDnTaOaovzMNndr5ObyOdjQ9IS8%3D
        password in English prose    => my password is Summer2024! and it fails => Summer2024!
        password in Japanese prose   => パスワードはTsukimi77です。ログインできません => Tsukimi77
        password in Japanese, spaced => 管理者のパスワード：　hanami-42 を入れました => hanami-42
        password in Japanese, letters => パスワードは「sakurasaku」です => sakurasaku
        """)
    void masksTheCredential(String kind, String text, String secret) {
        String redacted = redactor.redact(text);

        assertFalse(redacted.contains(secret), redacted);
        assertTrue(redacted.contains(SecretRedactor.MASK), redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        refresh token error      => {"error":"invalid_grant","error_description":"Invalid refresh token"}
        expired token sentence   => AADSTS70008: The provided authorization code or refresh token is expired.
        tenant GUID              => Tenant 998cea7e-35cd-46a5-ab3c-8ec88a45d7d5 does not exist
        Java class names         => com.adallom.adalib.httputils.exceptions.TokenRefreshException
        prose about a password   => the password was reset by the helpdesk yesterday
        a password error         => Login failed: the password is incorrect.
        Japanese password error  => パスワードが正しくありません
        """)
    void leavesErrorTextAndProseAlone(String kind, String text) {
        assertEquals(text, redactor.redact(text));
    }
}
