package dev.connectorerrorbot.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.RepositoryCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded property tests: random and adversarial messages never make a lookup throw, a catalog error buried in noise
 * is still found, and a generated token placed anywhere never survives into an excerpt. {@code -Dfuzz.seed} and
 * {@code -Dfuzz.cases} explore further; every failure found becomes a permanent row in {@code CatalogServiceTest}.
 */
class HostileInputTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final List<CatalogEntry> ENTRIES = RepositoryCatalog.load().entries();
    private static final String[] NOISE = {
        "```", "&gt; ", "&amp;", "&lt;", "<@U024BE7LH>", "<https://contoso.okta.com|contoso.okta.com>", "\"", "'",
        "{", "}", "[", "]", "\\\"", "\n", "\t", "   ", "2024-05-01T10:00:00Z ERROR", "エラーが出ました。", "コネクタ",
        "「", "」", "…", "\uD800", "\uDC00", "\u0000", "\uFEFF", "Server returned:", "Exception:", "at com.x.Y(Y.java:1)",
    };

    private final CatalogService service = TestServices.catalogService();

    @TestFactory
    Stream<DynamicTest> randomMessagesNeverMakeALookupThrow() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int index = 0; index < CASES; index++) {
            String message = randomMessage(random.split(), 1 + random.nextInt(400));
            tests.add(DynamicTest.dynamicTest("seed " + SEED + " case " + index, () -> service.lookup(message)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCatalogErrorBuriedInNoiseIsStillFound() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int index = 0; index < CASES; index++) {
            CatalogEntry entry = ENTRIES.get(random.nextInt(ENTRIES.size()));
            String before = randomProse(random, 1 + random.nextInt(30));
            String after = randomProse(random, random.nextInt(30));
            // the connector named: a generic error ("Service timeout") is a connector's only with that context
            String message = before + "\n" + entry.app().name(dev.connectorerrorbot.catalog.Language.EN)
                    + " connector: " + entry.error() + "\n" + after;
            tests.add(DynamicTest.dynamicTest("seed " + (SEED + 1) + " case " + index + " " + entry.id(), () -> {
                Answer answer = service.lookup(message);
                assertTrue(answer.findings().stream().anyMatch(f -> f.candidates().contains(entry)),
                        () -> entry.id() + " not found in:\n" + message);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aGeneratedTokenNeverSurvivesIntoAnExcerpt() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<DynamicTest> tests = new ArrayList<>();
        String[] shapes = {"xoxb-%s-%s-%s", "Bearer %s%s%s", "client_secret=%s%s%s", "password=%s%s%s",
            "api_key=%s%s%s", "refresh_token=%s%s%s", "eyJ%s.eyJ%s.%s"};
        for (int index = 0; index < CASES; index++) {
            String secret = String.format(shapes[random.nextInt(shapes.length)], randomToken(random),
                    randomToken(random), randomToken(random));
            CatalogEntry entry = ENTRIES.get(random.nextInt(ENTRIES.size()));
            // The token stands right before the error and on the line after it, where an excerpt cut too wide
            // would take it in; "connector" gives a generic error the context it needs to be taken as a connector's.
            String message = entry.app().name(dev.connectorerrorbot.catalog.Language.EN) + " connector: " + secret
                    + " " + entry.error() + "\n" + secret;
            String token = secret.substring(secret.length() - 12);
            tests.add(DynamicTest.dynamicTest("seed " + (SEED + 2) + " case " + index, () -> {
                List<Finding> findings = service.lookup(message).findings();
                assertFalse(findings.isEmpty(), () -> "the error was not found, so nothing was checked: " + message);
                for (Finding finding : findings) {
                    assertFalse(finding.excerpt().contains(token), finding.excerpt());
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> adversarialMessagesOfSlacksMaximumLengthAreAnswered() {
        String[] units = {"\"", "{", "}", "```", "&amp;", "<", "Server returned: ", "NullPointerException: x ",
            "HttpRequestFailure: Server returned: 401 Unauthorized ", "エ", "\uD83D\uDE00", "\uD800", "a"};
        return Stream.of(units).map(unit -> DynamicTest.dynamicTest("40,000 characters of " + unit.strip(), () -> {
            String message = unit.repeat(40_000 / unit.length() + 1).substring(0, 40_000);
            Answer answer = service.lookup(message);
            assertTrue(answer.findings().size() <= 1, () -> answer.findings().size() + " findings");
        }));
    }

    @TestFactory
    Stream<DynamicTest> messagesLongerThanSlackAllowsAreCutNotRejected() {
        return Stream.of(DynamicTest.dynamicTest("100,000 characters", () -> {
            String message = "Slack: team_not_authorized " + "x ".repeat(50_000);
            assertEquals(1, service.lookup(message).findings().size());
        }));
    }

    private static String randomMessage(SplittableRandom random, int parts) {
        StringBuilder message = new StringBuilder();
        for (int part = 0; part < parts; part++) {
            switch (random.nextInt(4)) {
                case 0 -> message.append(NOISE[random.nextInt(NOISE.length)]);
                case 1 -> message.append((char) random.nextInt(0x10000));
                case 2 -> {
                    String error = ENTRIES.get(random.nextInt(ENTRIES.size())).error();
                    int from = random.nextInt(error.length());
                    message.append(error, from, from + random.nextInt(error.length() - from + 1));
                }
                default -> message.append(randomToken(random)).append(' ');
            }
        }
        return message.toString();
    }

    private static String randomProse(SplittableRandom random, int words) {
        String[] vocabulary = {"the", "connector", "failed", "again", "today", "see", "log", "below", "エラー", "です",
            "please", "help", "Okta", "sync", "retry", "at", "10:42", "`", "&gt;", "-", "•"};
        StringBuilder prose = new StringBuilder();
        for (int word = 0; word < words; word++) {
            prose.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return prose.toString();
    }

    private static String randomToken(SplittableRandom random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder token = new StringBuilder("A1b");
        int length = 12 + random.nextInt(20);
        for (int index = 0; index < length; index++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
