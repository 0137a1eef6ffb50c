package dev.connectorerrorbot.bench;

import com.google.inject.Guice;
import dev.connectorerrorbot.catalog.Catalog;
import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.CatalogLoad;
import dev.connectorerrorbot.catalog.CatalogLoader;
import dev.connectorerrorbot.catalog.CatalogModule;
import dev.connectorerrorbot.lookup.Answer;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.lookup.LookupModule;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The million-input fuzz run of issue 5, kept out of the test run: seeded random and adversarial messages (Slack
 * markup, fences, quotes, braces, lone surrogates, control characters, fragments of catalog errors, generated
 * tokens) through the real catalog service. Counts exceptions, excerpts that leak an injected token, and the slowest
 * lookup. {@code -Dfuzz.seed} and {@code -Dfuzz.cases} set the run; it exits non-zero on any failure.
 */
public final class FuzzRun {
    private static final String[] NOISE = {
        "```", "&gt; ", "&amp;", "&lt;", "<@U024BE7LH>", "<https://contoso.okta.com|contoso.okta.com>", "\"", "'",
        "{", "}", "[", "]", "\\\"", "\\n", "\n", "\t", "   ", "エラー", "「", "」", "…", "\uD800", "\uDC00",
        "\u0000", "\uFEFF", "Server returned:", "Exception:", "at com.x.Y(Y.java:1)", "Okta", "Microsoft 365",
    };

    private FuzzRun() {
    }

    public static void main(String[] arguments) {
        long seed = Long.getLong("fuzz.seed", 20261127L);
        int cases = Integer.getInteger("fuzz.cases", 1_000_000);
        CatalogLoad load = new CatalogLoader().load(Path.of("catalog"));
        Catalog catalog = ((CatalogLoad.Loaded) load).catalog();
        CatalogService service = Guice.createInjector(new CatalogModule(catalog), new LookupModule())
                .getInstance(CatalogService.class);
        List<CatalogEntry> entries = catalog.entries();
        SplittableRandom random = new SplittableRandom(seed);
        int exceptions = 0;
        int leaks = 0;
        long slowestNanos = 0;
        long started = System.nanoTime();
        for (int index = 0; index < cases; index++) {
            String token = "A1b" + randomWord(random, 24);
            String message = randomMessage(random, entries, token);
            long before = System.nanoTime();
            try {
                Answer answer = service.lookup(message);
                for (Finding finding : answer.findings()) {
                    if (finding.excerpt().contains(token)) {
                        leaks++;
                    }
                }
            } catch (RuntimeException failure) {
                exceptions++;
                if (exceptions <= 5) {
                    System.out.println("case " + index + " threw " + failure);
                }
            }
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - before);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: seed %d, %,d messages in %.1f s (%,.0f/s), %d exceptions, %d leaked tokens,"
                + " slowest %.2f ms%n", seed, cases, seconds, cases / seconds, exceptions, leaks, slowestNanos / 1e6);
        if (exceptions > 0 || leaks > 0) {
            System.exit(1);
        }
    }

    private static String randomMessage(SplittableRandom random, List<CatalogEntry> entries, String token) {
        StringBuilder message = new StringBuilder();
        int parts = 1 + random.nextInt(random.nextInt(20) == 0 ? 2_000 : 40);
        for (int part = 0; part < parts; part++) {
            switch (random.nextInt(6)) {
                case 0 -> message.append(NOISE[random.nextInt(NOISE.length)]);
                case 1 -> message.append((char) random.nextInt(0x10000));
                case 2 -> {
                    String error = entries.get(random.nextInt(entries.size())).error();
                    int from = random.nextInt(error.length());
                    message.append(error, from, from + random.nextInt(error.length() - from + 1));
                }
                case 3 -> message.append(entries.get(random.nextInt(entries.size())).error());
                case 4 -> message.append(random.nextBoolean() ? " client_secret=" : " Bearer ").append(token);
                default -> message.append(randomWord(random, 1 + random.nextInt(12))).append(' ');
            }
        }
        return message.length() > 40_000 ? message.substring(0, 40_000) : message.toString();
    }

    private static String randomWord(SplittableRandom random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder word = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
