package dev.connectorerrorbot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {
    @Test
    void theBuiltInSnapshotHoldsEveryEntryOfTheRepositoryCatalogAndItsRevision() throws IOException {
        Optional<CatalogSnapshot> snapshot = BuiltInCatalog.snapshot();

        assertTrue(snapshot.isPresent(), "the build writes the built-in catalog's snapshot into target/classes");
        assertEquals(RepositoryCatalog.load().entries(), snapshot.get().catalog().entries());
        assertEquals(CatalogRevision.of(RepositoryCatalog.DIRECTORY), snapshot.get().revision());
    }

    @Test
    void aCatalogReadBackFromItsSnapshotIsTheCatalogThatWasWritten() throws IOException {
        Catalog catalog = RepositoryCatalog.load();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new CatalogSnapshot(catalog, "0123456789ab").write(bytes);
        CatalogSnapshot read = CatalogSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(catalog.entries(), read.catalog().entries());
        assertEquals(catalog.apps(), read.catalog().apps());
        assertEquals("0123456789ab", read.revision());
    }

    @Test
    void bytesOfAnotherFormatAreRefusedRatherThanMisread() {
        byte[] yaml = "entries:\n  - id: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThrows(IOException.class, () -> CatalogSnapshot.read(new ByteArrayInputStream(yaml)));
    }
}
