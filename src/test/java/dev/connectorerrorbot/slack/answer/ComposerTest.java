package dev.connectorerrorbot.slack.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectorerrorbot.catalog.Language;
import dev.connectorerrorbot.lookup.CatalogService;
import dev.connectorerrorbot.lookup.Finding;
import dev.connectorerrorbot.lookup.TestServices;
import dev.connectorerrorbot.slack.inbound.Ask;
import dev.connectorerrorbot.slack.inbound.Asked;
import dev.connectorerrorbot.slack.inbound.Delivery;
import dev.connectorerrorbot.slack.inbound.Destination;
import dev.connectorerrorbot.store.ChannelMutes;
import dev.connectorerrorbot.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** compose(Ask) -> Reply on its own: the whole decision, asserted as a value, with nothing sent. */
@DisplayName("Composing the answer to a question")
class ComposerTest {
    private static final CatalogService CATALOG = TestServices.catalogService();
    private static final String OKTA = "our Okta connector shows HttpRequestFailure: Server returned: 401 Unauthorized";
    private static final String CHANNEL = "C0ALERTS";
    private static final String THREAD = "1700000100.000100";
    private static final Destination.Thread IN_THREAD = new Destination.Thread(CHANNEL, THREAD);
    private static final Destination.Private TO_CALLER = new Destination.Private("https://hooks.slack.test/commands/1");

    private final ThreadMemory threads = new ThreadMemory();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T03:00:00Z"));
    private final AlertMemory alerts = new AlertMemory(clock);
    private final Mutes mutes = new Mutes();
    private final Composer composer = new Composer(CATALOG::lookup, CATALOG,
            user -> "U0HANAKO".equals(user) ? Language.JA : Language.EN, threads, alerts, mutes);

    private static Ask ask(String text, String user, Destination to, Asked asked) {
        return new Ask(text, user, CHANNEL, to, asked, Delivery.ofMessage("Ev1", CHANNEL, THREAD), "test");
    }

    private static List<Finding> findings(String text) {
        return CATALOG.lookup(text).findings();
    }

    @Nested
    @DisplayName("when someone mentions the bot")
    class WhenMentioned {
        @Test
        void aKnownErrorGetsItsCardInTheThreadIsRememberedThereAndCounted() {
            Reply reply = composer.compose(ask(OKTA, "U0ALICE", IN_THREAD, Asked.MENTION));

            List<Finding> okta = findings(OKTA);
            assertEquals(List.of(new Reply.Remember(CHANNEL, THREAD, okta),
                    new Reply.Send(IN_THREAD, new Content.Cards(okta, Language.EN, false)),
                    new Reply.CountAnswers(okta, Language.EN, CHANNEL)), reply.steps());
        }

        @Test
        void aMessageWithoutAnErrorGetsNotFoundWithTheClosestEntriesAndIsCounted() {
            String text = "the Okta connector is broken, what now?";

            Reply reply = composer.compose(ask(text, "U0ALICE", IN_THREAD, Asked.MENTION));

            assertEquals(List.of(new Reply.Send(IN_THREAD, new Content.NotFound(
                            CATALOG.suggestionsFor(text, Composer.SUGGESTIONS), Language.EN)),
                    new Reply.CountNotFound(text, CHANNEL, Asked.MENTION)), reply.steps());
        }

        @Test
        void anErrorTheThreadAlreadyHasIsAnsweredAgainBecauseSomeoneAsked() {
            threads.remember(CHANNEL, THREAD, findings(OKTA));

            Reply reply = composer.compose(ask(OKTA, "U0ALICE", IN_THREAD, Asked.MENTION));

            assertEquals(List.of(new Reply.Send(IN_THREAD, new Content.Cards(findings(OKTA), Language.EN, false)),
                    new Reply.CountAnswers(findings(OKTA), Language.EN, CHANNEL)), reply.steps());
        }

        @Test
        void aMutedChannelStillGetsAnAnswer() {
            mutes.mute(CHANNEL);

            Reply reply = composer.compose(ask(OKTA, "U0ALICE", IN_THREAD, Asked.MENTION));

            assertEquals(3, reply.steps().size(), reply.toString());
        }

        @Test
        void anEnglishPasteIsAnsweredInTheLanguageOfTheUserWhoAsked() {
            Reply reply = composer.compose(ask(OKTA, "U0HANAKO", IN_THREAD, Asked.MENTION));

            assertEquals(new Reply.Send(IN_THREAD, new Content.Cards(findings(OKTA), Language.JA, false)),
                    reply.steps().get(1));
        }
    }

    @Nested
    @DisplayName("when the bot overhears a channel message")
    class WhenOverheard {
        @Test
        void chatterWithoutAnErrorGetsSilence() {
            Reply reply = composer.compose(ask("lunch at noon?", "U0ALICE", IN_THREAD, Asked.OVERHEARD));

            assertEquals(Reply.silence(), reply);
        }

        @Test
        void anErrorTheThreadAlreadyHasGetsSilence() {
            threads.remember(CHANNEL, THREAD, findings(OKTA));

            Reply reply = composer.compose(ask(OKTA, "U0ALICE", IN_THREAD, Asked.OVERHEARD));

            assertEquals(Reply.silence(), reply);
        }

        @Test
        void aMutedChannelGetsSilence() {
            mutes.mute(CHANNEL);

            Reply reply = composer.compose(ask(OKTA, "U0ALICE", IN_THREAD, Asked.OVERHEARD));

            assertEquals(Reply.silence(), reply);
        }
    }

    @Nested
    @DisplayName("when someone uses the slash command")
    class WhenCommanded {
        @Test
        void aPasteIsAnsweredToTheCallerOnlyWithAShareButton() {
            Reply reply = composer.compose(ask("Slack: team_not_authorized", "U0ALICE", TO_CALLER, Asked.COMMAND));

            List<Finding> slack = findings("Slack: team_not_authorized");
            assertEquals(List.of(new Reply.Send(TO_CALLER, new Content.Cards(slack, Language.EN, true)),
                    new Reply.CountAnswers(slack, Language.EN, CHANNEL)), reply.steps());
        }

        @Test
        void nothingOrHelpGetsTheUsageInTheCallersLanguage() {
            assertEquals(Reply.of(new Reply.Send(TO_CALLER, new Content.Usage(Language.JA))),
                    composer.compose(ask(" ", "U0HANAKO", TO_CALLER, Asked.COMMAND)));
            assertEquals(Reply.of(new Reply.Send(TO_CALLER, new Content.Usage(Language.EN))),
                    composer.compose(ask("HELP", "U0ALICE", TO_CALLER, Asked.COMMAND)));
        }

        @Test
        void muteAndUnmuteSayWhatTheyWillDoAndStoreNothingThemselves() {
            Reply mute = composer.compose(ask("mute", "U0ALICE", TO_CALLER, Asked.COMMAND));
            Reply unmute = composer.compose(ask("unmute", "U0ALICE", TO_CALLER, Asked.COMMAND));

            assertEquals(Reply.of(new Reply.SetMuted(CHANNEL, true),
                    new Reply.Send(TO_CALLER, new Content.Notice(Language.EN, "mute.done"))), mute);
            assertEquals(Reply.of(new Reply.SetMuted(CHANNEL, false),
                    new Reply.Send(TO_CALLER, new Content.Notice(Language.EN, "unmute.done"))), unmute);
            assertEquals(Set.of(), mutes.muted);
        }
    }

    @Nested
    @DisplayName("when someone writes to the bot directly")
    class WhenDirect {
        private final Destination.Channel inDm = new Destination.Channel("D0ALICEDM");

        @Test
        void aKnownErrorGetsItsCardInTheConversationWithoutAShareButton() {
            Reply reply = composer.compose(ask(OKTA, "U0ALICE", inDm, Asked.DIRECT));

            assertEquals(new Reply.Send(inDm, new Content.Cards(findings(OKTA), Language.EN, false)),
                    reply.steps().get(0));
        }

        @Test
        void helpGetsTheUsageAndMuteSaysItWorksInChannelsWithoutMutingAnything() {
            assertEquals(Reply.of(new Reply.Send(inDm, new Content.Usage(Language.EN))),
                    composer.compose(ask("help", "U0ALICE", inDm, Asked.DIRECT)));
            assertEquals(Reply.of(new Reply.Send(inDm, new Content.Notice(Language.JA, "dm.mute"))),
                    composer.compose(ask("mute", "U0HANAKO", inDm, Asked.DIRECT)));
        }
    }

    @Nested
    @DisplayName("when an alert bot on BOT_ANSWER_BOTS posts")
    class WhenAnAlertBotPosts {
        private static final String BOT = "B0ALERTHOOK";

        @Test
        void aKnownErrorIsAnsweredInItsThreadInTheAlertsLanguageAndRememberedForTheBot() {
            Reply reply = composer.compose(ask(OKTA, BOT, IN_THREAD, Asked.ALERT));

            List<Finding> okta = findings(OKTA);
            assertEquals(List.of(new Reply.Remember(CHANNEL, THREAD, okta), new Reply.RememberAlert(CHANNEL, BOT, okta),
                    new Reply.Send(IN_THREAD, new Content.Cards(okta, Language.EN, false)),
                    new Reply.CountAnswers(okta, Language.EN, CHANNEL)), reply.steps());
        }

        @Test
        void theSameErrorFromTheSameBotWithinAnHourGetsSilenceInAnyThread() {
            alerts.remember(CHANNEL, BOT, findings(OKTA));
            clock.advance(Duration.ofMinutes(59));

            Reply reply = composer.compose(ask(OKTA, BOT, new Destination.Thread(CHANNEL, "1700009999.000001"),
                    Asked.ALERT));

            assertEquals(Reply.silence(), reply);
        }

        @Test
        void theSameErrorAnHourLaterIsAnsweredAgain() {
            alerts.remember(CHANNEL, BOT, findings(OKTA));
            clock.advance(AlertMemory.QUIET_PERIOD);

            Reply reply = composer.compose(ask(OKTA, BOT, new Destination.Thread(CHANNEL, "1700009999.000001"),
                    Asked.ALERT));

            assertEquals(new Reply.Send(new Destination.Thread(CHANNEL, "1700009999.000001"),
                    new Content.Cards(findings(OKTA), Language.EN, false)), reply.steps().get(2));
        }
    }

    @Nested
    @DisplayName("when someone uses the message shortcut")
    class WhenShortcut {
        @Test
        void aKnownErrorIsAnsweredToThemWithShareWhereTheConversationCanTakeIt() {
            Destination.Personal inChannel = new Destination.Personal("https://hooks.slack.test/actions/1", CHANNEL,
                    "U0ALICE", true);
            Destination.Personal betweenPeople = new Destination.Personal("https://hooks.slack.test/actions/2",
                    "D0ALICEBOB", "U0ALICE", false);

            assertEquals(new Reply.Send(inChannel, new Content.Cards(findings(OKTA), Language.EN, true)),
                    composer.compose(ask(OKTA, "U0ALICE", inChannel, Asked.SHORTCUT)).steps().get(0));
            assertEquals(new Reply.Send(betweenPeople, new Content.Cards(findings(OKTA), Language.EN, false)),
                    composer.compose(ask(OKTA, "U0ALICE", betweenPeople, Asked.SHORTCUT)).steps().get(0));
        }

        @Test
        void aMessageWithoutAnErrorGetsNotFound() {
            Destination.Personal toAlice = new Destination.Personal(null, CHANNEL, "U0ALICE", true);

            Reply reply = composer.compose(ask("lunch at noon?", "U0ALICE", toAlice, Asked.SHORTCUT));

            assertEquals(Content.NotFound.class, ((Reply.Send) reply.steps().get(0)).content().getClass());
        }
    }

    /** Channel mutes in memory: the composer only reads them. */
    private static final class Mutes implements ChannelMutes {
        private final Set<String> muted = new HashSet<>();

        @Override
        public boolean isMuted(String channelId) {
            return muted.contains(channelId);
        }

        @Override
        public void mute(String channelId) {
            muted.add(channelId);
        }

        @Override
        public void unmute(String channelId) {
            muted.remove(channelId);
        }
    }
}
