package dev.connectorerrorbot.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature: {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}, computed over
 * the body's raw bytes (Bolt 1.45.4 re-encodes it in the default charset, which breaks on Japanese text without
 * LANG) and accepted only within five minutes of now, either way.
 */
final class RequestSignature {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("v0=[0-9a-f]{64}");
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    RequestSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a request signature needs the app's signing secret");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether headers of these shapes could carry a valid signature: a timestamp of digits within the tolerance and
     * {@code v0=} with 64 hex digits. Checked before the body is read, so that an unsigned body is never read.
     */
    boolean couldVerify(String timestamp, String signature, Instant now) {
        if (timestamp == null || signature == null || !TIMESTAMP.matcher(timestamp.strip()).matches()
                || !SIGNATURE.matcher(signature.strip()).matches()) {
            return false;
        }
        return Math.abs(now.getEpochSecond() - Long.parseLong(timestamp.strip())) <= TOLERANCE.toSeconds();
    }

    boolean verifies(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = ("v0=" + hex(mac(timestamp.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, impossible);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte value : bytes) {
            text.append(Character.forDigit((value >> 4) & 0xF, 16)).append(Character.forDigit(value & 0xF, 16));
        }
        return text.toString();
    }
}
