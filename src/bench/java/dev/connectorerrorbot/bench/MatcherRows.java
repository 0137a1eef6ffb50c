package dev.connectorerrorbot.bench;

import java.util.Locale;

/** Adds the matcher's JMH figures (LookupBenchmark, one thread) to the table, against the absolute targets. */
final class MatcherRows {
    private MatcherRows() {
    }

    static void add(ResultTable table, JmhResults results) {
        perSecond(table, results, "chatter", "Matcher: channel chatter (messages/s, 1 thread)", 1_000_000);
        perSecond(table, results, "singleErrorPaste", "Matcher: single-error paste (messages/s)", 100_000);
        perSecond(table, results, "logPasteOf200Lines", "Matcher: 200-line log paste (messages/s)", Double.NaN);
        var paste = results.figure("messageOf40000Characters");
        table.alone("Matcher: 40,000-character paste (ms each)",
                paste.map(figure -> ResultTable.number("%.3f", figure.score())).orElse("not run"), "< 5 ms",
                paste.map(figure -> figure.score() < 5.0).orElse(null));
        StringBuilder allocation = new StringBuilder();
        for (String benchmark : new String[] {"chatter", "singleErrorPaste", "logPasteOf200Lines",
            "messageOf40000Characters"}) {
            results.figure(benchmark).ifPresent(figure -> allocation.append(allocation.length() == 0 ? "" : " / ")
                    .append(String.format(Locale.ROOT, "%,.0f", figure.bytesPerOperation())));
        }
        table.alone("Matcher: allocation per lookup (B; chatter / single / log / 40k)",
                allocation.length() == 0 ? "not run" : allocation.toString(), "", null);
    }

    private static void perSecond(ResultTable table, JmhResults results, String benchmark, String measure,
            double minimum) {
        var figure = results.figure(benchmark);
        table.alone(measure, figure.map(found -> String.format(Locale.ROOT, "%,.0f", found.score())).orElse("not run"),
                Double.isNaN(minimum) ? "" : String.format(Locale.ROOT, "≥ %,.0f", minimum),
                Double.isNaN(minimum) ? null : figure.map(found -> found.score() >= minimum).orElse(null));
    }
}
