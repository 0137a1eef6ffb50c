package dev.connectorerrorbot.slack.answer;

import dev.connectorerrorbot.lookup.Finding;
import java.util.ArrayList;
import java.util.List;

/** A reply the bot has sent, by its archive id: the findings its cards show, in order. */
public record SavedReply(long id, List<Finding> findings) {
    public SavedReply {
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a saved reply shows at least one finding");
        }
    }

    /** The same findings with one ambiguous finding settled on the entry the user chose. */
    public List<Finding> withChoice(int finding, String entryId) {
        Finding chosen = findings.get(finding);
        List<Finding> settled = new ArrayList<>(findings);
        chosen.candidates().stream().filter(entry -> entry.id().equals(entryId)).findFirst()
                .ifPresent(entry -> settled.set(finding, new Finding.Identified(entry, chosen.excerpt())));
        return settled;
    }
}
