package dev.connectorerrorbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorerrorbot.store.UsageReport;
import dev.connectorerrorbot.store.UsageSummary;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report [--since 7d] [--json]}: the maintainers' summary from the bot database (BOT_DB, SQLite or
 * PostgreSQL) as text, or as one JSON object on one line. Exit codes: 0 printed, 2 usage error.
 */
public final class ReportCommand {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final String DEFAULT_SINCE = "7d";
    private static final String USAGE = "usage: report [--since DURATION] [--json]   (DURATION: a number and d, h"
            + " or m, such as 7d, 24h or 90m; default 7d)";
    private static final Pattern DURATION = Pattern.compile("([1-9]\\d{0,5})([dhm])");

    private final UsageReport report;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ReportCommand(UsageReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    public int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        Options options = Options.of(arguments);
        if (options.problem() != null) {
            err.println(options.problem());
            return EXIT_USAGE;
        }
        // whole seconds: the report is read by people, and both databases keep milliseconds anyway
        UsageSummary summary = report.summarise(clock.instant().minus(options.period()).truncatedTo(ChronoUnit.SECONDS));
        out.println(options.asJson() ? json.writeValueAsString(ReportJson.of(summary))
                : ReportText.render(summary, options.since()));
        out.flush();
        return EXIT_OK;
    }

    /** The usage text, for {@code report --help}. */
    public static String usage() {
        return USAGE;
    }

    /**
     * What is wrong with the arguments, checked before the database is opened, or empty when they are fine; the
     * message names an unknown option.
     */
    public static Optional<String> argumentProblem(List<String> arguments) {
        return Optional.ofNullable(Options.of(arguments).problem());
    }

    /** The report's options, or the problem with the arguments. */
    private record Options(boolean asJson, String since, Duration period, String problem) {
        static Options of(List<String> arguments) {
            boolean asJson = false;
            String since = DEFAULT_SINCE;
            List<String> rest = new ArrayList<>(arguments);
            while (!rest.isEmpty()) {
                String argument = rest.remove(0);
                if (argument.equals("--json")) {
                    asJson = true;
                } else if (argument.equals("--since") && !rest.isEmpty()) {
                    since = rest.remove(0);
                } else if (argument.startsWith("--since=")) {
                    since = argument.substring("--since=".length());
                } else {
                    String what = argument.startsWith("-") ? "unknown option '" + argument + "'"
                            : "unexpected argument '" + argument + "'";
                    return new Options(false, since, null, "report: " + what + "\n" + USAGE);
                }
            }
            Optional<Duration> period = parse(since);
            if (period.isEmpty()) {
                return new Options(false, since, null, "report: --since takes a number and d, h or m, such as 7d,"
                        + " got '" + since + "'\n" + USAGE);
            }
            return new Options(asJson, since, period.get(), null);
        }
    }

    private static Optional<Duration> parse(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        });
    }
}
