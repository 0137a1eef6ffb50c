package dev.connectorerrorbot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects every log event a test causes, with the messages formatted and stack traces included, from the moment
 * it is opened until it is closed. It attaches to the root logger of the test's logback context and detaches on
 * close, restoring the level it found, so production code needs no hook for it.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level levelBefore = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** Captures at the root level the bot runs with ({@code LOG_LEVEL}, INFO by default) or lower. */
    public LogCapture(Level level) {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        root.setLevel(level);
    }

    /** Each event as one text: level, logger, formatted message and any throwable with its causes. */
    public List<String> lines() {
        return List.copyOf(appender.list).stream().map(LogCapture::describe).toList();
    }

    /** The events themselves, for what the text leaves out, such as each one's logging context (MDC). */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    public String text() {
        return String.join("\n", lines());
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - "
                + event.getFormattedMessage());
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append("\n  ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(levelBefore);
        appender.stop();
    }
}
