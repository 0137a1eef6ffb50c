package dev.connectorerrorbot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InitialCatalogTest {

    @Test
    void readsTheCatalogOnAThreadOfItsOwnSoThatTheCallerCanGoOnStarting() {
        Catalog empty = new Catalog(List.of());
        AtomicReference<Thread> reader = new AtomicReference<>();

        InitialCatalog initial = InitialCatalog.readInBackground(() -> {
            reader.set(Thread.currentThread());
            return empty;
        });

        assertSame(empty, initial.catalog().join());
        assertNotEquals(Thread.currentThread(), reader.get());
        assertEquals("load-catalog", reader.get().getName());
    }

    @Test
    void aCatalogThatCannotBeReadCompletesWithTheReadingsError() {
        InitialCatalog initial = InitialCatalog.readInBackground(() -> {
            throw new IOException("the jar cannot be read");
        });

        CompletionException failure = assertThrows(CompletionException.class, () -> initial.catalog().join());
        UncheckedIOException cause = assertInstanceOf(UncheckedIOException.class, failure.getCause());
        assertEquals("the jar cannot be read", cause.getCause().getMessage());
    }
}
