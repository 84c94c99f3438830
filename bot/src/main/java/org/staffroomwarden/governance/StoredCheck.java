package org.staffroomwarden.governance;

import org.staffroomwarden.policy.Concern;

/**
 * A check as last stored.
 *
 * @param breachId the open breach while it fails; 0 otherwise
 */
public record StoredCheck(Concern check, CheckStatus status, String detail, long breachId) {
}
