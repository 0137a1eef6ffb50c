package dev.connectorerrorbot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken catalog is reported whole, one {@code file:line: reason} per problem, and never half-loaded. */
class CatalogLoaderTest {
    private static final Path BROKEN = Path.of("src/test/resources/catalog-broken");

    private final CatalogLoader loader = new CatalogLoader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"malformed", "several"})
    void reportsEveryBrokenCatalogLineWithFileAndLine(String fixture) throws IOException {
        String expected = Files.readString(BROKEN.resolve(fixture + ".expected.txt"), StandardCharsets.UTF_8);

        CatalogLoad load = loader.load(BROKEN.resolve(fixture));

        CatalogLoad.Broken broken = assertInstanceOf(CatalogLoad.Broken.class, load);
        assertEquals(expected.strip(), broken.report());
    }

    @Test
    void saysAMissingFolderDoesNotExistAndHowToGetOne(@TempDir Path temp) {
        Path missing = temp.resolve("nowhere");

        CatalogLoad load = loader.load(missing);

        CatalogLoad.Broken broken = assertInstanceOf(CatalogLoad.Broken.class, load);
        assertEquals(missing + ":0: does not exist; set CATALOG_DIR to a catalog folder (catalog export DIR writes"
                + " the built-in one out), or unset it to use the built-in catalog",
                broken.problems().get(0).toString());
    }

    @Test
    void saysAFileIsNotADirectory(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("okta.yaml"), "app: Okta\n");

        CatalogLoad load = loader.load(file);

        CatalogLoad.Broken broken = assertInstanceOf(CatalogLoad.Broken.class, load);
        assertEquals(file + ":0: not a directory; set CATALOG_DIR to the catalog folder",
                broken.problems().get(0).toString());
    }

    @Test
    void shipsTheRepositoryCatalogAsTheBuiltInOneFileForFile() throws IOException {
        CatalogLoad builtIn = loader.load(BuiltInCatalog.folder());

        CatalogLoad.Loaded loaded = assertInstanceOf(CatalogLoad.Loaded.class, builtIn);
        assertEquals(RepositoryCatalog.load().entries(), loaded.catalog().entries());
    }

    @Test
    void reportsAFileThatIsNotUtf8(@TempDir Path temp) throws IOException {
        Files.write(temp.resolve("box.yaml"), new byte[] {'a', 'p', 'p', ':', ' ', (byte) 0xC3, (byte) 0x28});

        CatalogLoad load = loader.load(temp);

        CatalogLoad.Broken broken = assertInstanceOf(CatalogLoad.Broken.class, load);
        assertEquals(temp.resolve("box.yaml") + ":1: not valid UTF-8; save the file as UTF-8",
                broken.problems().get(0).toString());
    }

    @Test
    void keepsTheLearnMoreLinkOfEachLanguageAndLeavesItOutWhereNoneIsGiven(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("okta.yaml"), String.join("\n",
                "app: {id: okta, name: {en: Okta, ja: Okta}, hints: [okta]}",
                "entries:",
                "  - id: okta-io-exception",
                "    error: 'IOException:'",
                "    en:",
                "      title: Internal error",
                "      meaning: Something failed.",
                "      steps: [Contact support.]",
                "      docs: https://learn.microsoft.com/en-us/defender-cloud-apps/troubleshooting",
                "      learn_more: https://learn.microsoft.com/en-us/defender-cloud-apps/connect-okta",
                "    ja:",
                "      title: 内部エラー",
                "      meaning: 何かが失敗しました。",
                "      steps: [サポートに問い合わせます。]",
                "      docs: https://learn.microsoft.com/ja-jp/defender-cloud-apps/troubleshooting",
                ""), StandardCharsets.UTF_8);

        CatalogLoad load = loader.load(temp);

        CatalogEntry entry = assertInstanceOf(CatalogLoad.Loaded.class, load).catalog().entries().get(0);
        assertEquals(Optional.of(URI.create("https://learn.microsoft.com/en-us/defender-cloud-apps/connect-okta")),
                entry.resolution(Language.EN).learnMoreLink());
        assertEquals(Optional.empty(), entry.resolution(Language.JA).learnMoreLink());
    }

    @Test
    void namesLearnMoreAmongTheKnownFieldsOfAMisspelledResolutionField(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("okta.yaml"), String.join("\n",
                "app: {id: okta, name: {en: Okta, ja: Okta}, hints: [okta]}",
                "entries:",
                "  - id: okta-io-exception",
                "    error: 'IOException:'",
                "    en:",
                "      title: Internal error",
                "      learnmore: https://learn.microsoft.com/en-us/defender-cloud-apps/connect-okta",
                ""), StandardCharsets.UTF_8);

        CatalogLoad load = loader.load(temp);

        assertEquals(temp.resolve("okta.yaml") + ":7: unknown field 'learnmore' (known: docs, learn_more, meaning,"
                + " steps, title)", assertInstanceOf(CatalogLoad.Broken.class, load).problems().get(0).toString());
    }

    @Test
    void loadsTheRepositoryCatalogWithEveryEntry() {
        CatalogLoad load = loader.load(RepositoryCatalog.DIRECTORY);

        CatalogLoad.Loaded loaded = assertInstanceOf(CatalogLoad.Loaded.class, load);
        assertEquals(36, loaded.catalog().entries().size());
        assertEquals(14, loaded.catalog().apps().size());
    }
}
