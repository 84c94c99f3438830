package org.staffroomwarden.monitor;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.scan.Scanner;

/** Every message and edit goes through here: scan, decide, record, and wake the alert outbox. */
public final class MessageMonitor {

    /** How many times the record is tried before its failure is passed on. */
    private static final int ATTEMPTS = 4;

    private final Scanner scanner;
    private final MessagePolicy policy;
    private final Incidents incidents;
    private final Runnable alertsWaiting;
    private final LongPredicate sltChannel;
    private final Predicate<RuntimeException> passing;

    /**
     * @param alertsWaiting told when new alerts are in the outbox
     * @param sltChannel whether a channel is one alerts go to; its messages (and its threads') are not scanned
     * @param passing which failures of the store may pass by themselves (a locked or busy database)
     *     and are worth trying again; any other is passed on at once
     */
    public MessageMonitor(Scanner scanner, MessagePolicy policy, Incidents incidents, Runnable alertsWaiting,
            LongPredicate sltChannel, Predicate<RuntimeException> passing) {
        this.scanner = scanner;
        this.policy = policy;
        this.incidents = incidents;
        this.alertsWaiting = alertsWaiting;
        this.sltChannel = sltChannel;
        this.passing = passing;
    }

    /**
     * @throws RuntimeException the store's failure, when the message was scanned but its incidents
     *     could not be recorded in four tries
     */
    public MessageOutcome onMessage(ChatMessage message) {
        if (message.author().bot()) {
            return MessageOutcome.SKIPPED_BOT;
        }
        if (sltChannel.test(message.ref().channelId()) || sltChannel.test(message.parentChannelId())) {
            return MessageOutcome.SKIPPED_SLT_CHANNEL;
        }
        Verdict verdict = policy.decide(scanner.scan(message.text()), message.media());
        if (verdict.clean()) {
            return MessageOutcome.CLEAN;
        }
        List<Long> created = record(message, verdict);
        if (created.isEmpty()) {
            return MessageOutcome.ALREADY_REPORTED;
        }
        alertsWaiting.run();
        return MessageOutcome.REPORTED;
    }

    /**
     * The store write alone is tried again (it records only what is not recorded yet); the scan and
     * the decision stand.
     */
    private List<Long> record(ChatMessage message, Verdict verdict) {
        for (int attempt = 1; ; attempt++) {
            try {
                return incidents.record(message, verdict);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !passing.test(e)) {
                    throw e;
                }
                // A locked or busy database usually frees up within a second.
                pause(100L << attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
