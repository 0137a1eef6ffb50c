package dev.connectorerrorbot.slack;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A /metrics answer read back: the Prometheus text format (0.0.4) parsed into its samples and TYPE lines, so that
 * tests assert values by name and labels instead of searching the text.
 */
final class MetricsScrape {
    private final Map<String, Double> samples;
    private final Map<String, String> types;

    private MetricsScrape(Map<String, Double> samples, Map<String, String> types) {
        this.samples = samples;
        this.types = types;
    }

    static MetricsScrape parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                parseSample(line, samples);
            }
        }
        return new MetricsScrape(samples, types);
    }

    /** The sample's value; absent samples fail, so that a test never mistakes a missing series for zero. */
    double value(String name, String... labelNamesAndValues) {
        Map<String, String> labels = new TreeMap<>();
        for (int index = 0; index + 1 < labelNamesAndValues.length; index += 2) {
            labels.put(labelNamesAndValues[index], labelNamesAndValues[index + 1]);
        }
        String key = key(name, labels);
        Double value = samples.get(key);
        if (value == null) {
            throw new AssertionError("no sample " + key + " among " + new TreeMap<>(samples).keySet());
        }
        return value;
    }

    String type(String family) {
        return types.get(family);
    }

    private static void parseSample(String line, Map<String, Double> samples) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        String name;
        Map<String, String> labels = new TreeMap<>();
        String rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int position = brace + 1;
            while (line.charAt(position) != '}') {
                int equals = line.indexOf('=', position);
                String label = line.substring(position, equals);
                StringBuilder value = new StringBuilder();
                int at = equals + 2;
                for (; line.charAt(at) != '"'; at++) {
                    char c = line.charAt(at);
                    if (c == '\\') {
                        char escaped = line.charAt(++at);
                        value.append(escaped == 'n' ? '\n' : escaped);
                    } else {
                        value.append(c);
                    }
                }
                labels.put(label, value.toString());
                position = at + 1;
                if (line.charAt(position) == ',') {
                    position++;
                }
            }
            rest = line.substring(position + 1).strip();
        } else {
            name = line.substring(0, space);
            rest = line.substring(space + 1).strip();
        }
        String value = rest.split(" ")[0];
        samples.put(key(name, labels), value.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value));
    }

    private static String key(String name, Map<String, String> labels) {
        return labels.isEmpty() ? name : name + labels;
    }
}
