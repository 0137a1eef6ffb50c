package dev.connectorerrorbot.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the error table out of the Markdown source of Microsoft's troubleshooting page: the table whose header is
 * {@code |Error message|Relevant app|Description|Resolution|}, wherever it sits (the page nests it in a block quote
 * for its fixed-width style). Only the first two columns matter for drift; the others are prose.
 */
public final class DocsPage {
    static final List<String> HEADER = List.of("error message", "relevant app", "description", "resolution");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("^(\\s{0,3}>\\s?)+");
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

    private DocsPage() {
    }

    public static PageRead read(String markdown) {
        List<String> lines = markdown.lines().map(DocsPage::withoutQuoteMarkers).toList();
        int header = headerLine(lines);
        if (header < 0) {
            return new PageRead.Unreadable("no table with the columns |Error message|Relevant app|Description|"
                    + "Resolution|; is this the Markdown source of the troubleshooting page?");
        }
        if (header + 1 >= lines.size() || !isDelimiterRow(lines.get(header + 1))) {
            return new PageRead.Unreadable("line " + (header + 2) + ": expected the table's |----| line under its"
                    + " header");
        }
        List<DocsRow> rows = new ArrayList<>();
        for (int index = header + 2; index < lines.size() && isTableRow(lines.get(index)); index++) {
            List<String> cells = cells(lines.get(index));
            if (cells.size() < 2 || cells.get(0).isBlank() || cells.get(1).isBlank()) {
                return new PageRead.Unreadable("line " + (index + 1) + ": a table row needs an error message and an"
                        + " app, found " + cells.size() + " cell(s)");
            }
            rows.add(new DocsRow(index + 1, MarkdownCell.plainText(cells.get(0)),
                    MarkdownCell.plainText(cells.get(1))));
        }
        if (rows.isEmpty()) {
            return new PageRead.Unreadable("line " + (header + 1) + ": the error table has no rows");
        }
        return new PageRead.Rows(rows);
    }

    private static int headerLine(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            if (isTableRow(lines.get(index))) {
                List<String> names = cells(lines.get(index)).stream()
                        .map(cell -> MarkdownCell.plainText(cell).toLowerCase(Locale.ROOT)).toList();
                if (names.size() >= HEADER.size() && names.subList(0, HEADER.size()).equals(HEADER)) {
                    return index;
                }
            }
        }
        return -1;
    }

    private static String withoutQuoteMarkers(String line) {
        return QUOTE_MARKERS.matcher(line).replaceFirst("");
    }

    private static boolean isTableRow(String line) {
        return line.strip().startsWith("|");
    }

    private static boolean isDelimiterRow(String line) {
        return isTableRow(line) && cells(line).stream().allMatch(cell -> DELIMITER_CELL.matcher(cell.strip()).matches());
    }

    /** The cells of a row: split on '|' except an escaped '\|', without the outer pipes. */
    static List<String> cells(String row) {
        String text = row.strip();
        text = text.substring(1);
        if (text.endsWith("|") && !text.endsWith("\\|")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\\' && index + 1 < text.length() && text.charAt(index + 1) == '|') {
                cell.append('|');
                index++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
