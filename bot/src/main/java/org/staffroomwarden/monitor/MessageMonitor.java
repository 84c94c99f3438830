package org.staffroomwarden.monitor;

import java.util.List;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.scan.Scanner;

/** Every message and edit goes through here: scan, decide, record, and wake the alert outbox. */
public final class MessageMonitor {

    private final Scanner scanner;
    private final MessagePolicy policy;
    private final Incidents incidents;
    private final Runnable alertsWaiting;
    private final long sltChannelId;

    /**
     * @param alertsWaiting told when new alerts are in the outbox
     * @param sltChannelId the channel alerts go to; its messages are not scanned
     */
    public MessageMonitor(Scanner scanner, MessagePolicy policy, Incidents incidents, Runnable alertsWaiting,
            long sltChannelId) {
        this.scanner = scanner;
        this.policy = policy;
        this.incidents = incidents;
        this.alertsWaiting = alertsWaiting;
        this.sltChannelId = sltChannelId;
    }

    public MessageOutcome onMessage(ChatMessage message) {
        if (message.author().bot()) {
            return MessageOutcome.SKIPPED_BOT;
        }
        if (message.in(sltChannelId)) {
            return MessageOutcome.SKIPPED_SLT_CHANNEL;
        }
        Verdict verdict = policy.decide(scanner.scan(message.text()), message.media());
        if (verdict.clean()) {
            return MessageOutcome.CLEAN;
        }
        List<Long> created = incidents.record(message, verdict, sltChannelId);
        if (created.isEmpty()) {
            return MessageOutcome.ALREADY_REPORTED;
        }
        alertsWaiting.run();
        return MessageOutcome.REPORTED;
    }
}
