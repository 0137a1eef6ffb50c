package dev.connectorerrorbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices the SQLite file deleted or replaced under the running bot. SQLite keeps writing to the file it opened,
 * even when that file no longer has a name or the name now points at another file, so without this check the bot
 * would go on confirming mutes and votes that are gone at the next start. The file's identity (its inode on Linux,
 * {@link BasicFileAttributes#fileKey}) is taken when the database is opened and compared on every look; the first
 * look that finds it changed logs one ERROR, and every later look reports the problem (for /readyz, and to refuse
 * writes) until the bot is restarted on a file of its own.
 */
final class DataFileWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DataFileWatch.class);

    private final Path file;
    private final Object keyAtOpen;
    private volatile String problem;

    private DataFileWatch(Path file, Object keyAtOpen) {
        this.file = file;
        this.keyAtOpen = keyAtOpen;
    }

    /** Starts watching {@code file} as it is now, just after the database opened it. */
    static DataFileWatch of(Path file) throws IOException {
        return new DataFileWatch(file, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    }

    /** Looks at the file now; the problem, if the file is no longer the one the database has open. */
    Optional<String> look() {
        if (problem == null) {
            String found = compare();
            if (found != null) {
                problem = found;
                LOG.error("{}: the bot keeps nothing from now on (mutes, votes and queued replies are refused) and"
                        + " /readyz answers 503; restore the file or restart the bot", found);
            }
        }
        return Optional.ofNullable(problem);
    }

    /** The problem found by the last look, without looking again. */
    Optional<String> lastSeen() {
        return Optional.ofNullable(problem);
    }

    private String compare() {
        Object key;
        try {
            key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException deleted) {
            return "the bot database file " + file + " was deleted while the bot was running";
        } catch (IOException unreadable) {
            return "the bot database file " + file + " cannot be read (" + unreadable.getClass().getSimpleName() + ")";
        }
        if (keyAtOpen != null && !Objects.equals(keyAtOpen, key)) {
            return "the bot database file " + file + " was replaced by another file while the bot was running";
        }
        return null;
    }
}
