package org.staffroomwarden.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The bot's own log lines (level and text), for a test to wait for one or check what was said. */
final class WardenLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.staffroomwarden");
    private final List<String> lines = new ArrayList<>();

    WardenLog() {
        setName("warden-log");
        start();
        logger.addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        lines.add(event.getLevel() + " " + event.getFormattedMessage());
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** How many lines contain the text. */
    long count(String text) {
        return lines().stream().filter(line -> line.contains(text)).count();
    }

    /** Waits until {@code times} lines contain the text. */
    void await(String text, int times) throws Exception {
        SimulatedSchool.await("'" + text + "' logged " + times + " time(s)", () -> count(text) >= times);
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
