package dev.connectorerrorbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Japanese admins are half the readers: every English page (README.md and each docs/*.md, whoever adds it) has a
 * Japanese twin (README.ja.md, docs/ja/NAME.md) with the same headings, level for level and in the same order.
 */
class DocsTwinTest {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) \\S.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");

    static Stream<Path> englishPages() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
            docs.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
            return pages.stream();
        }
    }

    static Stream<Path> japanesePages() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs", "ja"))) {
            return docs.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} has a Japanese twin with the same headings")
    @MethodSource("englishPages")
    void everyEnglishPageHasAJapaneseTwinWithTheSameHeadingLevelsInTheSameOrder(Path english) throws IOException {
        Path japanese = twinOf(english);

        assertTrue(Files.isRegularFile(japanese), english + " has no Japanese twin: write " + japanese);
        assertEquals(headingLevels(english), headingLevels(japanese),
                "the headings (levels, in order) of " + japanese + " differ from " + english + "'s:\n  "
                        + headings(english) + "\n  " + headings(japanese));
    }

    @ParameterizedTest(name = "{0} translates an English page")
    @MethodSource("japanesePages")
    void everyJapanesePageTranslatesAnEnglishOne(Path japanese) {
        Path english = Path.of("docs").resolve(japanese.getFileName());

        assertTrue(Files.isRegularFile(english), japanese + " has no English original at " + english);
    }

    private static Path twinOf(Path english) {
        if (english.equals(Path.of("README.md"))) {
            return Path.of("README.ja.md");
        }
        return Path.of("docs", "ja").resolve(english.getFileName());
    }

    private static List<Integer> headingLevels(Path page) throws IOException {
        return headings(page).stream().map(heading -> heading.indexOf(' ')).toList();
    }

    /** Markdown headings outside fenced code, where a line starting with # is a shell or YAML comment. */
    private static List<String> headings(Path page) throws IOException {
        List<String> headings = new ArrayList<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                headings.add(line.strip());
            }
        }
        return headings;
    }
}
