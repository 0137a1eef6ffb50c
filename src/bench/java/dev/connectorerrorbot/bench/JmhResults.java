package dev.connectorerrorbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The matcher's figures from the JSON file JMH writes with {@code -rf json}: score and allocation per benchmark. */
final class JmhResults {
    /** One benchmark's primary score in its unit, and bytes allocated per operation (NaN without -prof gc). */
    record Figure(double score, String unit, double bytesPerOperation) {
    }

    private final Map<String, Figure> figures;

    private JmhResults(Map<String, Figure> figures) {
        this.figures = figures;
    }

    static JmhResults read(Path file) throws IOException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
                String benchmark = result.get("benchmark").asText();
                String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                JsonNode primary = result.get("primaryMetric");
                double allocation = Double.NaN;
                Iterator<Map.Entry<String, JsonNode>> secondary = result.path("secondaryMetrics").fields();
                while (secondary.hasNext()) {
                    Map.Entry<String, JsonNode> metric = secondary.next();
                    if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                        allocation = metric.getValue().get("score").asDouble();
                    }
                }
                figures.put(method, new Figure(primary.get("score").asDouble(), primary.get("scoreUnit").asText(),
                        allocation));
            }
        }
        return new JmhResults(figures);
    }

    Optional<Figure> figure(String benchmarkMethod) {
        return Optional.ofNullable(figures.get(benchmarkMethod));
    }
}
