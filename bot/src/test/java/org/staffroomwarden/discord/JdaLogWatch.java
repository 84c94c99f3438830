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
    private static final java.util.regex.Pattern SIMULATOR = java.util.regex.Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
    private String ownSimulator = "";

    JdaLogWatch() {
        setName("jda-log-watch");
        start();
        jdaLogger.addAppender(this);
    }

    /**
     * The test's own simulated Discord. The watch hears every JDA in the JVM, and a JDA from an
     * earlier test may still be closing against its own, now closed, simulator: lines naming
     * another simulator's address are that test's, not this one's.
     */
    synchronized void watch(String simulatorUrl) {
        java.util.regex.Matcher port = SIMULATOR.matcher(simulatorUrl);
        ownSimulator = port.find() ? port.group(1) : "";
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
            java.util.regex.Matcher address = SIMULATOR.matcher(line);
            boolean elsewhere = !ownSimulator.isEmpty() && address.find() && !address.group(1).equals(ownSimulator);
            if (!elsewhere && expected.stream().noneMatch(p -> p.test(line))) {
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
