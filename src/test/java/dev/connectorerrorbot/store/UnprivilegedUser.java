package dev.connectorerrorbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command prefix that runs a program as {@code nobody}, for PostgreSQL's programs when the tests run as root.
 * The tools are found by absolute path because a root shell's PATH may lack {@code /usr/sbin} (cron, containers).
 */
final class UnprivilegedUser {
    private static final String USER = "nobody";
    private static final List<String> RUNUSER = List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser");
    private static final List<String> SETPRIV = List.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv");

    private UnprivilegedUser() {
    }

    static List<String> commandPrefix() throws IOException {
        Optional<String> runuser = firstExecutable(RUNUSER);
        if (runuser.isPresent()) {
            return List.of(runuser.get(), "-u", USER, "--");
        }
        Optional<String> setpriv = firstExecutable(SETPRIV);
        if (setpriv.isPresent()) {
            String[] ids = passwdIds();
            return List.of(setpriv.get(), "--reuid=" + ids[0], "--regid=" + ids[1], "--clear-groups", "--");
        }
        throw new IOException("the tests run as root, and PostgreSQL refuses to: none of " + RUNUSER + " or "
                + SETPRIV + " is there to run it as " + USER + "; run the tests as another user");
    }

    private static Optional<String> firstExecutable(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    // user and group id of nobody from /etc/passwd: its group is called nogroup on Debian and nobody elsewhere
    private static String[] passwdIds() throws IOException {
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String[] fields = line.split(":");
            if (fields.length > 3 && USER.equals(fields[0])) {
                return new String[] {fields[2], fields[3]};
            }
        }
        throw new IOException("no user " + USER + " in /etc/passwd to run PostgreSQL as");
    }
}
