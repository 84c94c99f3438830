package org.staffroomwarden.monitor;

import java.util.List;
import java.util.function.LongPredicate;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.scan.Scanner;

/** Every message and edit goes through here: scan, decide, record, and wake the alert outbox. */
public final class MessageMonitor {

    private final Scanner scanner;
    private final MessagePolicy policy;
    private final Incidents incidents;
    private final Runnable alertsWaiting;
    private final LongPredicate sltChannel;

    /**
     * @param alertsWaiting told when new alerts are in the outbox
     * @param sltChannel whether a channel is one alerts go to; its messages (and its threads') are not scanned
     */
    public MessageMonitor(Scanner scanner, MessagePolicy policy, Incidents incidents, Runnable alertsWaiting,
            LongPredicate sltChannel) {
        this.scanner = scanner;
        this.policy = policy;
        this.incidents = incidents;
        this.alertsWaiting = alertsWaiting;
        this.sltChannel = sltChannel;
    }

    /**
     * @throws RuntimeException the store's failure, when the message was scanned but its incidents
     *     could not be recorded ({@link MessageQueue} tries again)
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
        List<Long> created = incidents.record(message, verdict);
        if (created.isEmpty()) {
            return MessageOutcome.ALREADY_REPORTED;
        }
        alertsWaiting.run();
        return MessageOutcome.REPORTED;
    }
}
