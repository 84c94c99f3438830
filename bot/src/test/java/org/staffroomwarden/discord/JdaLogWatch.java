package org.staffroomwarden.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * Collects JDA's warnings and errors. A malformed dispatch fails silently inside JDA except for
 * its log, so a test that saw one must fail.
 */
final class JdaLogWatch extends AppenderBase<ILoggingEvent> {

    private final List<String> problems = new ArrayList<>();
    private final Logger jdaLogger = (Logger) LoggerFactory.getLogger("net.dv8tion");
    private final List<Predicate<String>> expected = new ArrayList<>();

    JdaLogWatch() {
        setName("jda-log-watch");
        start();
        jdaLogger.addAppender(this);
    }

    /** A warning the test provokes on purpose (a 429 the test injected, say). */
    synchronized void expect(Predicate<String> warning) {
        expected.add(warning);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            String line = event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName() + ": "
                            + event.getThrowableProxy().getMessage() + ")");
            if (expected.stream().noneMatch(p -> p.test(line))) {
                problems.add(line);
            }
        }
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    void close() {
        jdaLogger.detachAppender(this);
        stop();
    }
}
