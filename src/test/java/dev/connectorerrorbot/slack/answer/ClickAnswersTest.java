package dev.connectorerrorbot.slack.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.lookup.TestServices;
import dev.connectorerrorbot.slack.card.ButtonValue;
import dev.connectorerrorbot.slack.card.CardActions;
import dev.connectorerrorbot.slack.inbound.Click;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.store.ReplyArchive;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** answer(Click) -> Reply on its own: what each card button asks for, asserted as a value. */
@DisplayName("Answering a click on a card button")
class ClickAnswersTest {
    private static final CatalogService CATALOG = TestServices.catalogService();
    private static final String RESPONSE_URL = "https://hooks.slack.test/actions/T0FAKE/1/abc";
    private static final Destination.Private TO_CLICKER = new Destination.Private(RESPONSE_URL);

    private final Map<Long, String> archived = new HashMap<>();
    private final SavedReplies savedReplies = new SavedReplies(new ReplyArchive() {
        @Override
        public void save(long id, String encodedReply) {
            archived.put(id, encodedReply);
        }

        @Override
        public Optional<String> find(long id) {
            return Optional.ofNullable(archived.get(id));
        }
    }, CATALOG);
    private final ClickAnswers answers = new ClickAnswers(savedReplies);

    private SavedReply saved(String pasted) {
        SavedReply reply = savedReplies.create(CATALOG.lookup(pasted).findings());
        savedReplies.save(reply);
        return savedReplies.find(reply.id()).orElseThrow();
    }

    private static Click click(CardActions.Button button, ButtonValue value, boolean onPrivateMessage) {
        return new Click(button, value, "U0BOB", "C0ALERTS", "1700000000.000888", onPrivateMessage, RESPONSE_URL,
                "1700000400.1");
    }

    @Test
    void aVoteIsRecordedAndThankedInTheCardsLanguage() {
        ButtonValue value = new ButtonValue(42, Language.JA, 0, "okta-401-invalid-token");

        Reply reply = answers.answer(click(CardActions.Button.NOT_HELPFUL, value, false));

        assertEquals(Reply.of(new Reply.RecordVote("okta-401-invalid-token", "C0ALERTS", "U0BOB", false),
                new Reply.Send(TO_CLICKER, new Content.Notice(Language.JA, "feedback.thanks"))), reply);
    }

    @Test
    void aLanguageButtonShowsTheStoredReplyAgainInPlaceInTheLanguageItsValueNames() {
        SavedReply reply = saved("Slack: team_not_authorized");

        Reply answer = answers.answer(click(CardActions.Button.LANGUAGE,
                new ButtonValue(reply.id(), Language.JA, 0, "slack-team-not-authorized"), false));

        assertEquals(Reply.of(new Reply.Send(new Destination.InPlace("C0ALERTS", "1700000000.000888"),
                new Content.Archived(reply, Language.JA, false))), answer);
    }

    @Test
    void choosingAnAppSettlesTheQuestionOnThatEntryAsNewCardsInPlace() {
        SavedReply reply = saved("HttpRequestFailure: Server returned: 401 Unauthorized");
        Finding question = reply.findings().get(0);
        String okta = question.candidates().stream().filter(entry -> entry.id().startsWith("okta")).findFirst()
                .orElseThrow().id();

        Reply answer = answers.answer(click(CardActions.Button.CHOOSE_APP,
                new ButtonValue(reply.id(), Language.EN, 0, okta), true));

        assertEquals(Reply.of(new Reply.Send(new Destination.PrivateInPlace(RESPONSE_URL), new Content.Cards(
                List.of(new Finding.Identified(CATALOG.entry(okta).orElseThrow(), question.excerpt())), Language.EN,
                true))), answer);
    }

    @Test
    void sharingPostsTheReplyInTheChannelThenRemovesThePrivateCopyOrTellsTheClickerWhySlackRefused() {
        SavedReply reply = saved("Slack: team_not_authorized");

        Reply answer = answers.answer(click(CardActions.Button.SHARE, new ButtonValue(reply.id(), Language.EN, 0, ""),
                true));

        assertEquals(Reply.of(new Reply.Share(new Destination.Channel("C0ALERTS"),
                new Content.Archived(reply, Language.EN, false), TO_CLICKER), new Reply.DeletePrivate(RESPONSE_URL)),
                answer);
    }

    @Test
    void aReplyNoLongerStoredIsExplainedToTheClickerOnly() {
        Reply answer = answers.answer(click(CardActions.Button.SHARE, new ButtonValue(7, Language.JA, 0, ""), true));

        assertEquals(Reply.of(new Reply.Send(TO_CLICKER, new Content.Notice(Language.JA, "reply.expired"))), answer);
    }
}
