package dev.connectorerrorbot.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The benchmark's sequence of app_mention events, each with its own ts (the bot answers a message once), signed
 * with Slack's v0 scheme and a current timestamp. Both apps get events from the same sequence.
 *
 * <p>Each mention comes from a channel of its own: the bot paces its posts to Slack's limit of about one message a
 * second per channel (after a burst of three), which would otherwise measure that limit rather than the bot.
 */
final class SignedMentions {
    /** A paste with one documented error, which the bot answers with a resolution card. */
    static final String TEXT = "<@" + FakeSlackApi.BOT_USER
            + "> Okta connector: HttpRequestFailure: Server returned: 401 Unauthorized";
    private static final int USERS = 8;

    private final byte[] secret;
    private final AtomicLong counter = new AtomicLong();

    SignedMentions(String signingSecret) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** One signed mention. */
    record Mention(String ts, byte[] body, String timestamp, String signature) {
    }

    Mention next() {
        long number = counter.incrementAndGet();
        String ts = (1_700_000_000L + number / 1_000_000) + "." + String.format("%06d", number % 1_000_000);
        String json = "{\"token\":\"legacy\",\"team_id\":\"T0FAKE\",\"api_app_id\":\"AFAKE\",\"event\":{"
                + "\"type\":\"app_mention\",\"user\":\"U0BENCH" + (number % USERS) + "\",\"text\":\"" + TEXT
                + "\",\"ts\":\"" + ts + "\",\"channel\":\"C0BENCH" + number + "\",\"event_ts\":\"" + ts + "\"},"
                + "\"type\":\"event_callback\",\"event_id\":\"Ev" + number + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T0FAKE\",\"user_id\":\""
                + FakeSlackApi.BOT_USER + "\",\"is_bot\":true,\"is_enterprise_install\":false}],"
                + "\"is_ext_shared_channel\":false}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return new Mention(ts, body, timestamp, sign(timestamp, body));
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
        }
    }
}
