package dev.connectorerrorbot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog holds exactly the contract's rows: the ids and error strings users paste, character for character. */
class CatalogContractTest {
    private final Catalog catalog = RepositoryCatalog.load();

    @Test
    void idsAndErrorStringsEqualTheContractExactly() throws IOException {
        Map<String, String> contract = new LinkedHashMap<>();
        for (String[] row : contractRows()) {
            contract.put(row[0], row[2]);
        }
        Map<String, String> catalogued = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.entries()) {
            catalogued.put(entry.id(), entry.error());
        }

        assertEquals(36, contract.size());
        assertEquals(contract, catalogued);
    }

    @Test
    void everyLocalisedErrorFormIsAnAliasOfItsEntry() throws IOException {
        for (String[] row : contractRows()) {
            if (row.length > 3 && !row[3].isEmpty()) {
                CatalogEntry entry = catalog.entry(row[0]).orElseThrow();
                assertTrue(entry.aliases().contains(row[3]), row[0] + " lacks its Japanese form " + row[3]);
            }
        }
    }

    @Test
    void everyEntryHasItsAppAndBothLanguagesWithStepsAndDocs() throws IOException {
        for (String[] row : contractRows()) {
            CatalogEntry entry = catalog.entry(row[0]).orElseThrow();
            assertEquals(row[1], entry.app().name(Language.EN), row[0]);
            for (Language language : Language.values()) {
                Resolution resolution = entry.resolution(language);
                assertTrue(!resolution.steps().isEmpty(), row[0] + " " + language);
                assertTrue(resolution.docs().toString().contains("/" + (language == Language.EN ? "en-us" : "ja-jp")
                        + "/defender-cloud-apps/troubleshooting-api-connectors-using-error-messages"),
                        row[0] + " links " + resolution.docs());
            }
        }
    }

    static List<String[]> contractRows() throws IOException {
        try (InputStream in = CatalogContractTest.class.getResourceAsStream("/contract/catalog-contract.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int index = 1; index < lines.length; index++) {
                if (!lines[index].isBlank()) {
                    rows.add(lines[index].split("\t", -1));
                }
            }
            return rows;
        }
    }
}
