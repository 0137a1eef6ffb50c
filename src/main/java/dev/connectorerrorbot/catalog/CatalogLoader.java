package dev.connectorerrorbot.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connectorerrorbot.catalog.CatalogFileValidator.LocatedEntry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.yaml} file of a catalog directory and validates it as a whole: all problems of all files are
 * reported together, each as {@code file:line: reason}, and the catalog is returned only when there are none.
 */
public final class CatalogLoader {
    private final YAMLFactory yamlFactory = new YAMLFactory();
    private final ObjectMapper mapper = new ObjectMapper(yamlFactory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    @Inject
    public CatalogLoader() {
        // the YAML factory and mapper are configured in the field initialisers
    }

    public CatalogLoad load(Path directory) {
        List<CatalogProblem> problems = new ArrayList<>();
        List<Path> files = catalogFiles(directory, problems);
        List<LocatedEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(loadFile(file, problems));
        }
        problems.addAll(duplicateIds(entries));
        if (!problems.isEmpty()) {
            return new CatalogLoad.Broken(problems);
        }
        return new CatalogLoad.Loaded(new Catalog(entries.stream().map(LocatedEntry::entry).toList()));
    }

    private List<Path> catalogFiles(Path directory, List<CatalogProblem> problems) {
        if (!Files.exists(directory)) {
            problems.add(new CatalogProblem(directory.toString(), 0, "does not exist; set CATALOG_DIR to a catalog"
                    + " folder (catalog export DIR writes the built-in one out), or unset it to use the built-in catalog"));
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            problems.add(new CatalogProblem(directory.toString(), 0, "not a directory; set CATALOG_DIR to the catalog folder"));
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing
                    .filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                problems.add(new CatalogProblem(directory.toString(), 0, "no catalog files (*.yaml) in this directory"));
            }
            return files;
        } catch (IOException unreadable) {
            problems.add(new CatalogProblem(directory.toString(), 0, "cannot list directory: " + unreadable.getMessage()));
            return List.of();
        }
    }

    private List<LocatedEntry> loadFile(Path path, List<CatalogProblem> problems) {
        String file = path.toString();
        String yaml;
        try {
            yaml = decodeUtf8(Files.readAllBytes(path));
        } catch (CharacterCodingException notUtf8) {
            problems.add(new CatalogProblem(file, 1, "not valid UTF-8; save the file as UTF-8"));
            return List.of();
        } catch (IOException unreadable) {
            problems.add(new CatalogProblem(file, 0, "cannot read file: " + unreadable.getMessage()));
            return List.of();
        }
        YamlLineIndex lines;
        try {
            lines = YamlLineIndex.of(yamlFactory, yaml);
        } catch (JsonProcessingException malformed) {
            problems.add(new CatalogProblem(file, lineOf(malformed), "malformed YAML: " + summary(malformed)));
            return List.of();
        } catch (IOException unreadable) {
            problems.add(new CatalogProblem(file, 0, "cannot read file: " + unreadable.getMessage()));
            return List.of();
        }
        try {
            CatalogFileYaml bound = mapper.readValue(yaml, CatalogFileYaml.class);
            CatalogFileValidator validator = new CatalogFileValidator(file, lines);
            List<LocatedEntry> entries = validator.validate(bound);
            problems.addAll(validator.problems());
            return entries;
        } catch (JsonMappingException wrongShape) {
            // Records are bound through a buffer, so the exception's own location is often the end of the file;
            // its path is exact, and the line index knows where that path is.
            problems.add(new CatalogProblem(file, lines.lineOf(pointerOf(wrongShape)), describe(wrongShape)));
            return List.of();
        } catch (IOException unreadable) {
            problems.add(new CatalogProblem(file, 0, "cannot read file: " + unreadable.getMessage()));
            return List.of();
        }
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static int lineOf(JsonProcessingException problem) {
        return problem.getLocation() == null ? 1 : Math.max(1, problem.getLocation().getLineNr());
    }

    private static String pointerOf(JsonMappingException problem) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : problem.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }

    private static String describe(JsonMappingException problem) {
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known: "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
                    + ")";
        }
        return "wrong shape at '" + pointerOf(problem) + "': " + summary(problem);
    }

    /** The parser's first line plus its "found"/"expected" line: what is wrong without the parser's internals. */
    private static String summary(JsonProcessingException problem) {
        String[] lines = problem.getOriginalMessage().split("\n");
        StringBuilder summary = new StringBuilder(lines[0].strip());
        for (int index = 1; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.startsWith("found") || line.startsWith("expected") || line.startsWith("but found")) {
                summary.append("; ").append(line);
            }
        }
        return summary.toString();
    }

    private static List<CatalogProblem> duplicateIds(List<LocatedEntry> entries) {
        Map<String, LocatedEntry> firstById = new HashMap<>();
        List<CatalogProblem> problems = new ArrayList<>();
        for (LocatedEntry located : entries) {
            LocatedEntry first = firstById.putIfAbsent(located.entry().id(), located);
            if (first != null) {
                problems.add(new CatalogProblem(located.file(), located.line(), "duplicate id '" + located.entry().id()
                        + "' (first defined at " + first.file() + ":" + first.line() + ")"));
            }
        }
        return problems;
    }
}
