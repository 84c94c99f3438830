package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyRule;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/**
 * One alert as SLT reads it. The excerpt is the redacted text: it never holds the personal data.
 *
 * @param outboxId the outbox row this alert is delivered from; also its idempotency key
 * @param channelId the SLT channel it goes to
 */
public record Alert(long outboxId, long incidentId, long channelId, Concern concern, Severity severity,
        PolicyRule rule, String groupName, String channelName, String authorName, long authorId, Instant sentAt,
        String excerpt, MessageRef message, List<FindingType> types, Set<DetectorKind> detectors) {

    public Alert {
        types = List.copyOf(types);
        detectors = Set.copyOf(detectors);
    }

    /** A nonce for Discord's duplicate check: the same alert sent twice is created once. */
    public String nonce() {
        return "warden-alert-" + outboxId;
    }
}
