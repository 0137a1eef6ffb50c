package dev.connectorerrorbot.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A valid catalog and its revision in a compact binary form that the build writes from catalog/*.yaml
 * ({@link CatalogSnapshotWriter}) and the one-shot commands read instead of parsing YAML: reading the YAML, with
 * Jackson's YAML reader and the validation, was most of a {@code lookup}'s 0.7 s (issue 18). The YAML stays the
 * source that people edit; a catalog folder given by CATALOG_DIR is always read as YAML.
 */
public record CatalogSnapshot(Catalog catalog, String revision) {
    /** Changes whenever the layout below does, so a jar never reads a snapshot written by another layout. */
    private static final int FORMAT = 0x43454231;

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(FORMAT);
        writeString(out, revision);
        out.writeInt(catalog.entries().size());
        for (CatalogEntry entry : catalog.entries()) {
            writeString(out, entry.id());
            writeApp(out, entry.app());
            writeString(out, entry.error());
            writeStrings(out, entry.aliases());
            out.writeInt(entry.placeholders().size());
            for (Placeholder placeholder : entry.placeholders()) {
                writeString(out, placeholder.text());
                writeString(out, placeholder.kind().name());
            }
            for (Language language : Language.values()) {
                writeResolution(out, entry.resolution(language));
            }
        }
        out.flush();
    }

    public static CatalogSnapshot read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != FORMAT) {
            throw new IOException("not a catalog snapshot of this version");
        }
        String revision = readString(in);
        int count = in.readInt();
        List<CatalogEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = readString(in);
            App app = readApp(in);
            String error = readString(in);
            List<String> aliases = readStrings(in);
            int placeholderCount = in.readInt();
            List<Placeholder> placeholders = new ArrayList<>(placeholderCount);
            for (int p = 0; p < placeholderCount; p++) {
                placeholders.add(new Placeholder(readString(in), PlaceholderKind.valueOf(readString(in))));
            }
            Map<Language, Resolution> resolutions = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                resolutions.put(language, readResolution(in));
            }
            entries.add(new CatalogEntry(id, app, error, aliases, placeholders, resolutions));
        }
        return new CatalogSnapshot(new Catalog(entries), revision);
    }

    private static void writeApp(DataOutputStream out, App app) throws IOException {
        writeString(out, app.id());
        out.writeInt(app.names().size());
        for (Language language : Language.values()) {
            if (app.names().containsKey(language)) {
                writeString(out, language.name());
                writeString(out, app.names().get(language));
            }
        }
        writeStrings(out, app.hints());
    }

    private static App readApp(DataInputStream in) throws IOException {
        String id = readString(in);
        int count = in.readInt();
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (int i = 0; i < count; i++) {
            names.put(Language.valueOf(readString(in)), readString(in));
        }
        return new App(id, names, readStrings(in));
    }

    private static void writeResolution(DataOutputStream out, Resolution resolution) throws IOException {
        writeString(out, resolution.title());
        writeString(out, resolution.meaning());
        writeStrings(out, resolution.steps());
        writeString(out, resolution.docs().toString());
        writeString(out, resolution.learnMoreLink().map(URI::toString).orElse(""));
    }

    private static Resolution readResolution(DataInputStream in) throws IOException {
        String title = readString(in);
        String meaning = readString(in);
        List<String> steps = readStrings(in);
        URI docs = URI.create(readString(in));
        String learnMore = readString(in);
        return new Resolution(title, meaning, steps, docs, learnMore.isEmpty() ? null : URI.create(learnMore));
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    // Length and UTF-8 bytes rather than writeUTF, which stops at 64 KB and uses a modified UTF-8.
    private static void writeString(DataOutputStream out, String string) throws IOException {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
