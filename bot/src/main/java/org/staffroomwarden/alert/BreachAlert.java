package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.Optional;
import org.staffroomwarden.policy.PolicyRule;

/**
 * A governance check that turned into a breach, or its recovery: posted once, then that same
 * message is updated.
 *
 * @param editMessageId for a recovery, the alert message to update; 0 to post a new one
 */
public record BreachAlert(long outboxId, long breachId, long groupId, String groupName, PolicyRule rule,
        String detail, String fix, Instant openedAt, Optional<Instant> recoveredAt, long editMessageId)
        implements Outgoing {
}
