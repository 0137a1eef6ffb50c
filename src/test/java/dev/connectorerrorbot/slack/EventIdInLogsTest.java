package dev.connectorerrorbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorerrorbot.LogCapture;
import dev.connectorerrorbot.slack.outbound.ReplyWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every log line about an event")
class EventIdInLogsTest {
    private static final String FIRST = "Ev0MENTIONTOP";
    private static final String SECOND = "Ev0SECONDMENTION";

    @TempDir
    Path temp;

    /** Two mentions, the first of which meets a 500 (a retry warning on its reply thread); returns their lines. */
    private List<ILoggingEvent> logsOfTwoMentions(Mode mode) throws Exception {
        RecordingPause pause = RecordingPause.instant();
        try (FakeSlack slack = new FakeSlack(); TestBot bot = TestBot.start(
                TestBot.settings(mode, slack.apiUrl(), temp.resolve("bot.db")), slack, pause.module());
                LogCapture logs = new LogCapture(Level.DEBUG)) {
            slack.inject("chat.postMessage", Fault.SERVER_ERROR);
            bot.event(Payloads.load("app_mention_top_level.json"));
            slack.next("chat.postMessage");
            slack.next("chat.postMessage");
            bot.event(Payloads.load("app_mention_top_level.json").replace(FIRST, SECOND)
                    .replace("C0ALERTS", "C0OTHER").replace("1700000100.000100", "1700000300.000300"));
            slack.next("chat.postMessage");
            assertTrue(bot.instance(ReplyWork.class).awaitIdle(Duration.ofSeconds(FakeSlack.TIMEOUT_SECONDS)));
            return logs.events().stream().filter(line -> line.getLoggerName().startsWith("dev.connectorerrorbot.slack"))
                    .toList();
        }
    }

    private static List<ILoggingEvent> containing(List<ILoggingEvent> lines, String text) {
        return lines.stream().filter(line -> line.getFormattedMessage().contains(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void carriesTheEventIdOfThatEventOnTheHandlerAndReplyThreads(Mode mode) throws Exception {
        List<ILoggingEvent> lines = logsOfTwoMentions(mode);

        List<ILoggingEvent> retry = containing(lines, "chat.postMessage failed (SERVER_ERROR, attempt 1 of 5)");
        List<ILoggingEvent> answers = containing(lines, "answering a MENTION with reply");
        assertEquals(1, retry.size(), lines.toString());
        assertEquals(2, answers.size(), lines.toString());
        assertEquals(FIRST, retry.get(0).getMDCPropertyMap().get("event_id"));
        assertEquals(FIRST, answers.get(0).getMDCPropertyMap().get("event_id"));
        assertEquals(SECOND, answers.get(1).getMDCPropertyMap().get("event_id"));
        assertFalse(lines.isEmpty());
        for (ILoggingEvent line : lines) {
            String eventId = line.getMDCPropertyMap().get("event_id");
            assertTrue(FIRST.equals(eventId) || SECOND.equals(eventId), line.getThreadName() + ": " + line);
        }
    }

    @Test
    void showsTheEventIdInTheTextLogAndAsAnMdcFieldInTheJsonLog() throws Exception {
        ILoggingEvent answer = containing(logsOfTwoMentions(Mode.HTTP), "answering a MENTION with reply").get(0);

        String text = encode(configured("text"), answer);
        JsonNode json = new ObjectMapper().readTree(encode(configured("json"), answer));

        assertTrue(text.contains(" [event_id=" + FIRST + "] - answering a MENTION with reply"), text);
        assertEquals(FIRST, json.path("mdc").path("event_id").asText(), json.toString());
        assertTrue(json.path("formattedMessage").asText().startsWith("answering a MENTION with reply"), json.toString());
    }

    /** The appender logback.xml builds for this LOG_FORMAT, in a context of its own (the tests' stays as it is). */
    @SuppressWarnings("unchecked")
    private static OutputStreamAppender<ILoggingEvent> configured(String logFormat) throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty("LOG_FORMAT", logFormat);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(EventIdInLogsTest.class.getResource("/logback.xml"));
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        return (OutputStreamAppender<ILoggingEvent>) root.getAppender(logFormat);
    }

    private static String encode(OutputStreamAppender<ILoggingEvent> appender, ILoggingEvent event) {
        return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
