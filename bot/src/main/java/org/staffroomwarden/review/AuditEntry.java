package org.staffroomwarden.review;

import java.time.Instant;

/**
 * One line of an incident's audit trail.
 *
 * @param note a reason or result, already redacted; empty for none
 */
public record AuditEntry(String action, long actorId, String actorName, Instant at, String note) {
}
