package dev.connectorerrorbot.lookup;

import dev.connectorerrorbot.catalog.CatalogEntry;
import java.util.List;
import java.util.Objects;

/** One error found in a message: identified to one entry, or shared by several apps and so to be asked about. */
public sealed interface Finding permits Finding.Identified, Finding.Ambiguous {

    /** The matched text as pasted, whitespace folded and secrets masked. */
    String excerpt();

    /** The entries this finding can be, in catalog order: one when identified. */
    List<CatalogEntry> candidates();

    /** The error is known and belongs to one entry. */
    record Identified(CatalogEntry entry, String excerpt) implements Finding {
        public Identified {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(excerpt, "excerpt");
        }

        @Override
        public List<CatalogEntry> candidates() {
            return List.of(entry);
        }
    }

    /** The error text is shared by several apps and nothing in the message says which one. */
    record Ambiguous(List<CatalogEntry> candidates, String excerpt) implements Finding {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(excerpt, "excerpt");
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous finding has at least two candidates");
            }
        }
    }
}
