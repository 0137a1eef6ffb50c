package dev.connectorerrorbot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line arguments as typed. Without LANG (cron, systemd, slim containers) Java 17 decodes them as ASCII
 * and turns Japanese into '?' or U+FFFD; on Linux the kernel still holds their bytes, which are UTF-8 there.
 */
final class CommandLineArguments {
    private static final Path OWN_COMMAND_LINE = Path.of("/proc/self/cmdline");

    private CommandLineArguments() {
    }

    static List<String> of(String[] decoded) {
        boolean damaged = Arrays.stream(decoded).anyMatch(argument -> argument.indexOf('\uFFFD') >= 0
                || argument.indexOf('?') >= 0);
        if (!damaged || !Files.isReadable(OWN_COMMAND_LINE)) {
            return List.of(decoded);
        }
        try {
            List<String> all = split(Files.readAllBytes(OWN_COMMAND_LINE));
            // the arguments are the command line's last entries, after java, its options and the jar
            List<String> typed = all.subList(Math.max(0, all.size() - decoded.length), all.size());
            return typed.size() == decoded.length ? List.copyOf(typed) : List.of(decoded);
        } catch (IOException unreadable) {
            return List.of(decoded);
        }
    }

    private static List<String> split(byte[] commandLine) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int index = 0; index < commandLine.length; index++) {
            if (commandLine[index] == 0) {
                entries.add(new String(commandLine, start, index - start, StandardCharsets.UTF_8));
                start = index + 1;
            }
        }
        return entries;
    }
}
