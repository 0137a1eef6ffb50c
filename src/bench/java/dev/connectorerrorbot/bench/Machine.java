package dev.connectorerrorbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: processors, CPU model, JVM, and the load other work put on the machine. */
final class Machine {
    private Machine() {
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    static String description() {
        String model = "unknown CPU";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(model);
        } catch (IOException unreadable) {
            // keep "unknown CPU"
        }
        return Runtime.getRuntime().availableProcessors() + " processors (" + model + "), Java "
                + System.getProperty("java.runtime.version");
    }
}
