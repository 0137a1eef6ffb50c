package dev.connectorerrorbot.slack.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorerrorbot.redaction.SecretRedactor;
import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.Asked;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Ask} as the reply queue stores it, and back: JSON, with known secrets in the text masked (the answer is
 * the same, since the lookup masks them before it matches; the row lives until the reply is out).
 */
final class AskJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretRedactor redactor;

    @Inject
    AskJson(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** Whether an answer to {@code destination} can be queued: the destinations an ask is answered at. */
    static boolean isStorable(Destination destination) {
        return destination instanceof Destination.Thread || destination instanceof Destination.Channel
                || destination instanceof Destination.Private;
    }

    String write(Ask ask) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", redactor.redact(ask.text()));
        node.put("userId", ask.userId());
        node.put("channel", ask.channel());
        node.put("asked", ask.asked().name());
        node.put("kind", ask.kind());
        ObjectNode delivery = node.putObject("delivery");
        delivery.put("id", ask.delivery().id());
        delivery.put("channel", ask.delivery().channel());
        ask.delivery().claimKeys().forEach(delivery.putArray("claimKeys")::add);
        ObjectNode to = node.putObject("destination");
        Destination destination = ask.destination();
        if (destination instanceof Destination.Thread thread) {
            to.put("type", "thread").put("channel", thread.channel()).put("threadTs", thread.threadTs());
        } else if (destination instanceof Destination.Channel channel) {
            to.put("type", "channel").put("channel", channel.channel());
        } else if (destination instanceof Destination.Private asker) {
            to.put("type", "private").put("responseUrl", asker.responseUrl()).put("offersShare", asker.offersShare());
        } else {
            throw new IllegalArgumentException("an ask is not answered at " + destination);
        }
        return node.toString();
    }

    Ask read(String json) throws JsonProcessingException {
        JsonNode node = JSON.readTree(json);
        JsonNode delivery = node.path("delivery");
        List<String> claimKeys = new ArrayList<>();
        delivery.path("claimKeys").forEach(key -> claimKeys.add(key.asText()));
        JsonNode to = node.path("destination");
        Destination destination = switch (to.path("type").asText()) {
            case "thread" -> new Destination.Thread(to.path("channel").asText(), to.path("threadTs").asText());
            case "channel" -> new Destination.Channel(to.path("channel").asText());
            case "private" -> new Destination.Private(to.path("responseUrl").asText(),
                    to.path("offersShare").asBoolean(true));
            default -> throw new IllegalArgumentException("no destination in a queued ask");
        };
        return new Ask(node.path("text").asText(), node.path("userId").asText(null), node.path("channel").asText(null),
                destination, Asked.valueOf(node.path("asked").asText()),
                new Delivery(delivery.path("id").asText(), delivery.path("channel").asText(null), claimKeys),
                node.path("kind").asText());
    }
}
