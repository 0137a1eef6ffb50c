package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.catalog.CatalogEntry;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.Finding;
import java.util.List;
import java.util.Objects;

/** What one message of a reply says, in which language; the dispatcher renders it as Block Kit and sends it. */
public sealed interface Content {

    Language language();

    /**
     * Resolution cards (and app questions) for findings not stored yet: the dispatcher stores them under a new id
     * after sending, so that the buttons find them. {@code shareable} adds "Share in channel" to a private answer.
     */
    record Cards(List<Finding> findings, Language language, boolean shareable) implements Content {
        public Cards {
            findings = List.copyOf(findings);
            Objects.requireNonNull(language, "language");
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("cards show at least one finding");
            }
        }
    }

    /** A stored reply shown again, under its own id: in another language, or shared in the channel. */
    record Archived(SavedReply reply, Language language, boolean shareable) implements Content {
        public Archived {
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(language, "language");
        }
    }

    /** "Not in the catalog", with the closest documented errors (possibly none). */
    record NotFound(List<CatalogEntry> suggestions, Language language) implements Content {
        public NotFound {
            suggestions = List.copyOf(suggestions);
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * A documented error string that the evidence says came from the person's own software, not a connector: said
     * so, with the documented errors it resembles. Only someone who asked gets it; overheard, it is silence.
     */
    record LookAlike(List<CatalogEntry> resembled, Language language) implements Content {
        public LookAlike {
            resembled = List.copyOf(resembled);
            Objects.requireNonNull(language, "language");
        }
    }

    /** How to use the slash command. */
    record Usage(Language language) implements Content {
        public Usage {
            Objects.requireNonNull(language, "language");
        }
    }

    /** One line of the bot's own text from the message files: a confirmation, a thank-you, an apology. */
    record Notice(Language language, String key) implements Content {
        public Notice {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(key, "key");
        }
    }
}
