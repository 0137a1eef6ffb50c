package dev.connectorerrorbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.config.BotSettings;
import dev.connectorerrorbot.config.ConfigModule;
import dev.connectorerrorbot.config.SettingsReader;
import dev.connectorerrorbot.config.SettingsResult;
import dev.connectorerrorbot.store.AnsweredEntry;
import dev.connectorerrorbot.store.BotDatabase;
import dev.connectorerrorbot.store.FeedbackVotes;
import dev.connectorerrorbot.store.PostgresStoreModule;
import dev.connectorerrorbot.store.StoreModule;
import dev.connectorerrorbot.store.TestClock;
import dev.connectorerrorbot.store.UsageLog;
import dev.connectorerrorbot.store.Vote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code report} over a seeded bot database, with the production wiring (only the clock is fixed): run once on
 * SQLite (ReportCommandTest) and once on PostgreSQL (PostgresReportCommandTest).
 */
abstract class ReportCommandContract {
    private static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    private final TestClock clock = new TestClock(NOW);

    /** BOT_DB for an empty database of this kind. */
    abstract String botDb() throws Exception;

    record Run(int exitCode, String out, String err) {
    }

    private Injector injector() throws Exception {
        SettingsResult read = SettingsReader.read(Map.of("BOT_DB", botDb()));
        BotSettings settings = ((SettingsResult.Valid) read).settings();
        return Guice.createInjector(Modules.override(new ConfigModule(settings))
                        .with(binder -> binder.bind(Clock.class).toInstance(clock)),
                settings.isPostgresDatabase() ? new PostgresStoreModule() : new StoreModule());
    }

    private Run report(Injector injector, String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = injector.getInstance(ReportCommand.class).run(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A week of use, and one older answer, vote and paste that a 7-day report leaves out. */
    private Injector seeded() throws Exception {
        Injector injector = injector();
        UsageLog usage = injector.getInstance(UsageLog.class);
        FeedbackVotes votes = injector.getInstance(FeedbackVotes.class);
        clock.set(NOW.minus(Duration.ofDays(10)));
        usage.answered(new AnsweredEntry("box-not-enterprise", "box", Language.EN, "C0OLD"));
        usage.notFound("Error: an old failure", "C0OLD");
        votes.record(new Vote("box-not-enterprise", "C0OLD", "U0ALICE", false, clock.instant()));
        clock.set(NOW.minus(Duration.ofDays(1)));
        usage.answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0ALERTS"));
        usage.answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.EN, "C0OTHER"));
        usage.answered(new AnsweredEntry("okta-401-invalid-token", "okta", Language.JA, "C0ALERTS"));
        usage.answered(new AnsweredEntry("aws-null-pointer", "aws", Language.EN, "C0ALERTS"));
        usage.notFound("<@UBOT> our Salesforce connector: HttpRequestFailure: Server returned: 418", "C0ALERTS");
        usage.notFound("HttpRequestFailure: Server returned: 418\nwe use xoxb-1234-5678-abcdefgh", "C0OTHER");
        usage.notFound("Workday says: Error 503 Service Unavailable", "C0ALERTS");
        usage.notFound("thanks, that fixed it!", "C0ALERTS");
        votes.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0ALICE", false, clock.instant()));
        votes.record(new Vote("okta-401-invalid-token", "C0ALERTS", "U0BOB", false, clock.instant()));
        votes.record(new Vote("aws-null-pointer", "C0ALERTS", "U0BOB", false, clock.instant()));
        votes.record(new Vote("aws-null-pointer", "C0ALERTS", "U0CAROL", true, clock.instant()));
        clock.set(NOW);
        return injector;
    }

    @Test
    void printsTheLastWeekAsTextByDefault() throws Exception {
        Injector injector = seeded();

        Run run = report(injector);

        assertEquals(new Run(0, """
                connector-error-bot report: the last 7d (since 2025-01-08T09:30:00Z)

                Most-pasted errors not in the catalog (redacted, grouped):
                     2  HttpRequestFailure: Server returned: 418
                     1  Error 503 Service Unavailable

                Entries with the most "Not helpful" votes:
                     2  okta-401-invalid-token
                     1  aws-null-pointer

                Answers per app and language:
                     2  okta (en)
                     1  aws (en)
                     1  okta (ja)
                """, ""), run);
        injector.getInstance(BotDatabase.class).close();
    }

    @Test
    void printsOneJsonObjectWithJson() throws Exception {
        Injector injector = seeded();

        Run run = report(injector, "--json", "--since", "30d");

        assertEquals(new Run(0, "{\"since\":\"2024-12-16T09:30:00Z\",\"notFound\":["
                + "{\"text\":\"HttpRequestFailure: Server returned: 418\",\"count\":2},"
                + "{\"text\":\"Error 503 Service Unavailable\",\"count\":1},"
                + "{\"text\":\"Error: an <…> failure\",\"count\":1}],"
                + "\"notHelpful\":[{\"id\":\"okta-401-invalid-token\",\"votes\":2},"
                + "{\"id\":\"aws-null-pointer\",\"votes\":1},{\"id\":\"box-not-enterprise\",\"votes\":1}],"
                + "\"answers\":[{\"app\":\"okta\",\"lang\":\"en\",\"count\":2},{\"app\":\"aws\",\"lang\":\"en\",\"count\":1},"
                + "{\"app\":\"box\",\"lang\":\"en\",\"count\":1},{\"app\":\"okta\",\"lang\":\"ja\",\"count\":1}]}\n", ""),
                run);
        injector.getInstance(BotDatabase.class).close();
    }

    @Test
    void saysNoneForEachListOfAnEmptyDatabase() throws Exception {
        Injector injector = injector();

        Run run = report(injector, "--since", "24h");

        assertEquals(new Run(0, """
                connector-error-bot report: the last 24h (since 2025-01-14T09:30:00Z)

                Most-pasted errors not in the catalog (redacted, grouped):
                  (none)

                Entries with the most "Not helpful" votes:
                  (none)

                Answers per app and language:
                  (none)
                """, ""), run);
        injector.getInstance(BotDatabase.class).close();
    }

    @Test
    void refusesASinceItCannotReadWithTheUsage() throws Exception {
        Injector injector = injector();

        Run run = report(injector, "--since", "last week");

        assertEquals(new Run(2, "", "report: --since takes a number and d, h or m, such as 7d, got 'last week'\n"
                + "usage: report [--since DURATION] [--json]   (DURATION: a number and d, h or m, such as 7d, 24h or"
                + " 90m; default 7d)\n"), run);
        injector.getInstance(BotDatabase.class).close();
    }
}
