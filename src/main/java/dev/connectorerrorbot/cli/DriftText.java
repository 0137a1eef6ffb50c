package dev.connectorerrorbot.cli;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.drift.DocsRow;
import dev.connectorerrorbot.drift.DriftReport;

/** The {@code catalog-drift} result as plain text for a terminal or a job's log: one titled list per kind of drift. */
final class DriftText {
    private DriftText() {
    }

    static String render(String page, DriftReport report) {
        StringBuilder text = new StringBuilder();
        text.append("docs page: ").append(page).append(" (").append(report.pageRows()).append(" rows); catalog: ")
                .append(report.catalogEntries()).append(" entries\n");
        if (!report.hasDrift()) {
            return text.append("no drift: every row of the page is in the catalog, and every catalog entry is on the"
                    + " page\n").toString();
        }
        if (!report.newRows().isEmpty()) {
            text.append("\nNew on the page (add an entry for each):\n");
            report.newRows().forEach(row -> text.append("  line ").append(row.line()).append(": ")
                    .append(row.app()).append(" | ").append(row.error()).append('\n'));
        }
        if (!report.changedRows().isEmpty()) {
            text.append("\nChanged on the page (update the entry):\n");
            report.changedRows().forEach(changed -> changed(text, changed));
        }
        if (!report.unlistedEntries().isEmpty()) {
            text.append("\nIn the catalog but no longer on the page:\n");
            report.unlistedEntries().forEach(entry -> text.append("  ").append(entry.id()).append(" (")
                    .append(appName(entry)).append("): ").append(entry.error()).append('\n'));
        }
        text.append("\ndrift: ").append(count(report.newRows().size(), "new row"))
                .append(", ").append(count(report.changedRows().size(), "changed row"))
                .append(", ").append(count(report.unlistedEntries().size(), "entry", "entries"))
                .append(" no longer listed\n");
        return text.toString();
    }

    private static void changed(StringBuilder text, DriftReport.Changed changed) {
        DocsRow row = changed.row();
        CatalogEntry entry = changed.entry();
        text.append("  line ").append(row.line()).append(": ").append(entry.id()).append('\n');
        if (changed.isAppChanged()) {
            text.append("    app, catalog:   ").append(appName(entry)).append('\n');
            text.append("    app, page:      ").append(row.app()).append('\n');
        }
        if (changed.isErrorChanged()) {
            text.append("    error, catalog: ").append(entry.error()).append('\n');
            text.append("    error, page:    ").append(row.error()).append('\n');
        }
    }

    private static String appName(CatalogEntry entry) {
        return entry.app().name(Language.EN);
    }

    private static String count(int count, String noun) {
        return count(count, noun, noun + "s");
    }

    private static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
