package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.store.ReplyArchive;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Saves the findings of a reply in the archive and reads them back for a button click. Each finding is one line,
 * {@code entryId[,entryId…]<TAB>excerpt}; excerpts are already redacted and have their whitespace folded.
 *
 * <p>A reply gets its id here, at random, rather than from the database: the card can then be posted first and
 * stored after, keeping the database off the path to the user, and replicas sharing one database need no
 * coordination. With 63 random bits, a million replies collide with a chance of about one in 10<sup>7</sup>.
 */
public final class SavedReplies {
    private final ReplyArchive archive;
    private final CatalogService catalogService;

    @Inject
    SavedReplies(ReplyArchive archive, CatalogService catalogService) {
        this.archive = archive;
        this.catalogService = catalogService;
    }

    /** A new reply showing {@code findings}, with an id of its own; nothing is stored until {@link #save}. */
    public SavedReply create(List<Finding> findings) {
        return new SavedReply(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), findings);
    }

    /** Stores the reply so that its buttons can find it again. */
    public void save(SavedReply reply) {
        String encoded = reply.findings().stream()
                .map(finding -> finding.candidates().stream().map(CatalogEntry::id).collect(Collectors.joining(","))
                        + "\t" + finding.excerpt().replaceAll("\\s", " "))
                .collect(Collectors.joining("\n"));
        archive.save(reply.id(), encoded);
    }

    /** The reply, or empty when it is unknown or names an entry the catalog no longer has. */
    public Optional<SavedReply> find(long id) {
        Optional<String> encoded = archive.find(id);
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>();
        for (String line : encoded.get().split("\n")) {
            Optional<Finding> finding = decode(line);
            if (finding.isEmpty()) {
                return Optional.empty();
            }
            findings.add(finding.get());
        }
        return Optional.of(new SavedReply(id, findings));
    }

    private Optional<Finding> decode(String line) {
        int tab = line.indexOf('\t');
        List<CatalogEntry> candidates = new ArrayList<>();
        for (String id : line.substring(0, tab).split(",")) {
            Optional<CatalogEntry> entry = catalogService.entry(id);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            candidates.add(entry.get());
        }
        String excerpt = line.substring(tab + 1);
        return Optional.of(candidates.size() == 1
                ? new Finding.Identified(candidates.get(0), excerpt)
                : new Finding.Ambiguous(candidates, excerpt));
    }
}
