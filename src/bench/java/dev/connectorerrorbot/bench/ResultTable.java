package dev.connectorerrorbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table the benchmark prints at the end, in Markdown so that it can go into the README as it is. */
final class ResultTable {
    private static final String[] HEADER = {"Measure", "Bot", "Bare Bolt", "Bot / bare", "Target", "Verdict"};

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A bot-versus-bare row, judged on the ratio when {@code maximumRatio} or {@code minimumRatio} is set. */
    void compared(String measure, double bot, double bare, String format, double minimumRatio, double maximumRatio) {
        double ratio = bot / bare;
        String target = !Double.isNaN(maximumRatio) ? "≤ " + number("%.2f", maximumRatio) + "×"
                : !Double.isNaN(minimumRatio) ? "≥ " + number("%.2f", minimumRatio) + "×" : "";
        String verdict = target.isEmpty() ? "" : verdict(!Double.isNaN(maximumRatio) ? ratio <= maximumRatio
                : ratio >= minimumRatio);
        rows.add(new String[] {measure, number(format, bot), number(format, bare), number("%.2f", ratio) + "×",
                target, verdict});
    }

    /** A row about the bot alone, judged against an absolute target when {@code target} is not empty. */
    void alone(String measure, String value, String target, Boolean met) {
        rows.add(new String[] {measure, value, "", "", target, met == null ? "" : verdict(met)});
    }

    void note(String note) {
        notes.add(note);
    }

    String render() {
        StringBuilder text = new StringBuilder();
        line(text, HEADER);
        String[] rule = new String[HEADER.length];
        java.util.Arrays.fill(rule, "---");
        line(text, rule);
        rows.forEach(row -> line(text, row));
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        return text.toString();
    }

    static String number(String format, double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static void line(StringBuilder text, String[] cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
