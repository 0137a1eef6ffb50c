package dev.connectorerrorbot.catalog;

import dev.connectorerrorbot.catalog.CatalogFileYaml.AppYaml;
import dev.connectorerrorbot.catalog.CatalogFileYaml.EntryYaml;
import dev.connectorerrorbot.catalog.CatalogFileYaml.PlaceholderYaml;
import dev.connectorerrorbot.catalog.CatalogFileYaml.ResolutionYaml;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one bound catalog file into entries, collecting every problem with its line instead of stopping at the first.
 */
final class CatalogFileValidator {
    private static final String LEARN_HOST = "learn.microsoft.com";
    private final String file;
    private final YamlLineIndex lines;
    private final List<CatalogProblem> problems = new ArrayList<>();

    CatalogFileValidator(String file, YamlLineIndex lines) {
        this.file = file;
        this.lines = lines;
    }

    List<CatalogProblem> problems() {
        return List.copyOf(problems);
    }

    /** The file's entries, or an empty list when the app block itself is unusable; problems are kept either way. */
    List<LocatedEntry> validate(CatalogFileYaml yaml) {
        if (yaml == null) {
            problem("", "the file is empty; expected 'app' and 'entries'");
            return List.of();
        }
        App app = validateApp(yaml.app());
        if (yaml.entries() == null || yaml.entries().isEmpty()) {
            problem("/entries", "missing 'entries': a catalog file lists at least one entry");
            return List.of();
        }
        List<LocatedEntry> entries = new ArrayList<>();
        for (int index = 0; index < yaml.entries().size(); index++) {
            String pointer = "/entries/" + index;
            LocatedEntry entry = validateEntry(app, yaml.entries().get(index), pointer);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return app == null ? List.of() : entries;
    }

    private App validateApp(AppYaml app) {
        if (app == null) {
            problem("/app", "missing 'app': each file names the app its entries belong to");
            return null;
        }
        boolean valid = requireText(app.id(), "/app/id", "app 'id'");
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = app.name() == null ? null : app.name().get(language.code());
            if (requireText(name, "/app/name/" + language.code(), "app name in language '" + language.code() + "'")) {
                names.put(language, name.strip());
            } else {
                valid = false;
            }
        }
        if (app.name() != null) {
            for (String code : app.name().keySet()) {
                if (Language.fromCode(code).isEmpty()) {
                    problem("/app/name/" + code, "unknown language '" + code + "' (known: en, ja)");
                    valid = false;
                }
            }
        }
        List<String> hints = app.hints() == null ? List.of() : app.hints();
        for (int index = 0; index < hints.size(); index++) {
            valid &= requireText(hints.get(index), "/app/hints/" + index, "hint");
        }
        return valid ? new App(app.id().strip(), names, hints) : null;
    }

    private LocatedEntry validateEntry(App app, EntryYaml entry, String pointer) {
        if (entry == null) {
            problem(pointer, "empty entry");
            return null;
        }
        boolean valid = requireText(entry.id(), pointer + "/id", "'id'");
        valid &= requireText(entry.error(), pointer + "/error", "'error'");
        List<String> aliases = entry.aliases() == null ? List.of() : entry.aliases();
        for (int index = 0; index < aliases.size(); index++) {
            valid &= requireText(aliases.get(index), pointer + "/aliases/" + index, "alias");
        }
        List<Placeholder> placeholders = validatePlaceholders(entry, aliases, pointer);
        valid &= placeholders != null;
        Map<Language, Resolution> resolutions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ResolutionYaml yaml = language == Language.EN ? entry.en() : entry.ja();
            Resolution resolution = validateResolution(yaml, pointer, language);
            if (resolution == null) {
                valid = false;
            } else {
                resolutions.put(language, resolution);
            }
        }
        if (!valid || app == null) {
            return null;
        }
        CatalogEntry catalogEntry = new CatalogEntry(
                entry.id().strip(), app, entry.error(), aliases, placeholders, resolutions);
        return new LocatedEntry(catalogEntry, file, lines.lineOf(pointer + "/id"));
    }

    private List<Placeholder> validatePlaceholders(EntryYaml entry, List<String> aliases, String pointer) {
        List<PlaceholderYaml> yamls = entry.placeholders() == null ? List.of() : entry.placeholders();
        List<Placeholder> placeholders = new ArrayList<>();
        boolean valid = true;
        for (int index = 0; index < yamls.size(); index++) {
            String at = pointer + "/placeholders/" + index;
            PlaceholderYaml yaml = yamls.get(index);
            if (yaml == null || !requireText(yaml.text(), at + "/text", "placeholder 'text'")) {
                valid = false;
                continue;
            }
            var kind = PlaceholderKind.fromYamlName(yaml.kind() == null ? "" : yaml.kind());
            if (kind.isEmpty()) {
                problem(at + "/kind", "unknown placeholder kind '" + yaml.kind() + "' (known: guid, tenant, host, gap)");
                valid = false;
                continue;
            }
            boolean occurs = entry.error() != null && entry.error().contains(yaml.text())
                    || aliases.stream().anyMatch(alias -> alias != null && alias.contains(yaml.text()));
            if (!occurs) {
                problem(at + "/text", "unknown placeholder '" + yaml.text() + "': it does not occur in the error text");
                valid = false;
                continue;
            }
            placeholders.add(new Placeholder(yaml.text(), kind.get()));
        }
        return valid ? placeholders : null;
    }

    private Resolution validateResolution(ResolutionYaml yaml, String entryPointer, Language language) {
        String pointer = entryPointer + "/" + language.code();
        if (yaml == null) {
            problem(entryPointer, "missing language '" + language.code() + "': every entry needs en and ja");
            return null;
        }
        boolean valid = requireText(yaml.title(), pointer + "/title", language.code() + " 'title'");
        valid &= requireText(yaml.meaning(), pointer + "/meaning", language.code() + " 'meaning'");
        if (yaml.steps() == null || yaml.steps().isEmpty()) {
            problem(pointer + "/steps", "empty steps in '" + language.code() + "': list at least one step");
            valid = false;
        } else {
            for (int index = 0; index < yaml.steps().size(); index++) {
                valid &= requireText(yaml.steps().get(index), pointer + "/steps/" + index, language.code() + " step");
            }
        }
        URI docs = validateDocs(yaml.docs(), pointer + "/docs", language);
        URI learnMore = null;
        if (yaml.learnMore() != null) {
            learnMore = validateLearnMore(yaml.learnMore(), pointer + "/learn_more", language);
            valid &= learnMore != null;
        }
        if (!valid || docs == null) {
            return null;
        }
        List<String> steps = yaml.steps().stream().map(String::strip).toList();
        return new Resolution(yaml.title().strip(), yaml.meaning().strip(), steps, docs, learnMore);
    }

    /** Optional, but when present it must lead to Microsoft's docs: a card shows it as Microsoft's own next step. */
    private URI validateLearnMore(String link, String pointer, Language language) {
        URI uri = httpsUri(link);
        if (uri != null && LEARN_HOST.equalsIgnoreCase(uri.getHost())) {
            return uri;
        }
        problem(pointer, language.code() + " 'learn_more' must be an https URL on " + LEARN_HOST + ", got '"
                + link + "'");
        return null;
    }

    private URI validateDocs(String docs, String pointer, Language language) {
        if (!requireText(docs, pointer, language.code() + " 'docs' link")) {
            return null;
        }
        URI uri = httpsUri(docs);
        if (uri != null) {
            return uri;
        }
        problem(pointer, language.code() + " 'docs' must be an https URL, got '" + docs + "'");
        return null;
    }

    /** The link as an https URL with a host, or null when it is anything else (the caller reports it). */
    private static URI httpsUri(String link) {
        try {
            URI uri = new URI(link.strip());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException malformed) {
            // a malformed link is reported like any other link that is not an https URL
        }
        return null;
    }

    private boolean requireText(String value, String pointer, String what) {
        if (value == null || value.isBlank()) {
            problem(pointer, "missing " + what);
            return false;
        }
        return true;
    }

    private void problem(String pointer, String reason) {
        problems.add(new CatalogProblem(file, lines.lineOf(pointer), reason));
    }

    /** An entry with the place it was defined, so that a duplicate id can name the first definition. */
    record LocatedEntry(CatalogEntry entry, String file, int line) {
    }
}
