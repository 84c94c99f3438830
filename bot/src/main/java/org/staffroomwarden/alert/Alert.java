package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyRule;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/**
 * One incident's alert as SLT reads it. The excerpt is the redacted text: it never holds the
 * personal data.
 *
 * @param outboxId the outbox row this alert is delivered from; 0 when read for a command
 * @param status where review stands, with who moved it there ({@code statusBy}) and when
 */
public record Alert(long outboxId, long incidentId, Concern concern, Severity severity, PolicyRule rule,
        String groupName, String channelName, String authorName, long authorId, Instant sentAt, String excerpt,
        MessageRef message, List<FindingType> types, Set<DetectorKind> detectors, IncidentStatus status,
        String statusBy, Instant statusAt) implements Outgoing {

    public Alert {
        types = List.copyOf(types);
        detectors = Set.copyOf(detectors);
    }

    @Override
    public long groupId() {
        return message.groupId();
    }
}
