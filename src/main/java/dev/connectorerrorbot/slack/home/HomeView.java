package dev.connectorerrorbot.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.messages.Messages;
import dev.connectorerrorbot.slack.card.Mrkdwn;
import dev.connectorerrorbot.store.UsageSummary;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The App Home tab: what the bot does, for everyone, and for workspace admins the maintainers' summary (the same
 * lists as the {@code report} command), in the viewer's language.
 */
final class HomeView {
    private final Messages messages;

    @Inject
    HomeView(Messages messages) {
        this.messages = messages;
    }

    /** The tab for people who are not workspace admins: what the bot does and how to ask it. */
    View about(Language language) {
        return home(introduction(language));
    }

    /** The tab for workspace admins: the introduction, then the summary of the last {@code days} days. */
    View summary(UsageSummary summary, long days, Language language) {
        List<LayoutBlock> blocks = introduction(language);
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText(messages.get(language, "home.summary.title", days)))));
        blocks.add(list(language, "home.notfound.title", summary.notFound(),
                paste -> messages.get(language, "home.row", paste.count(), "`" + Mrkdwn.escape(paste.text()) + "`")));
        blocks.add(list(language, "home.nothelpful.title", summary.notHelpful(),
                entry -> messages.get(language, "home.row", entry.notHelpful(), Mrkdwn.escape(entry.entryId()))));
        blocks.add(list(language, "home.answers.title", summary.answers(),
                answers -> messages.get(language, "home.row", answers.count(),
                        Mrkdwn.escape(answers.appId()) + " (" + answers.language().code() + ")")));
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(messages.get(language, "home.report.tip")))))));
        return home(blocks);
    }

    private List<LayoutBlock> introduction(Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(messages.get(language, "home.title")))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(messages.get(language, "home.about"))))));
        return blocks;
    }

    private <T> LayoutBlock list(Language language, String titleKey, List<T> rows, Function<T, String> line) {
        StringBuilder text = new StringBuilder("*").append(Mrkdwn.escape(messages.get(language, titleKey))).append("*");
        if (rows.isEmpty()) {
            text.append('\n').append(Mrkdwn.escape(messages.get(language, "home.none")));
        }
        rows.forEach(row -> text.append('\n').append(line.apply(row)));
        String bounded = Mrkdwn.truncate(text.toString(), Mrkdwn.SECTION_LIMIT);
        return section(s -> s.text(markdownText(bounded)));
    }

    private static View home(List<LayoutBlock> blocks) {
        return View.builder().type("home").blocks(blocks).build();
    }
}
