package org.staffroomwarden.config;

import java.time.Duration;

/**
 * How groups' governance is judged.
 *
 * @param grace how long after the bot joins a group its people have to state the purpose,
 *     acknowledge it and attest, before those checks count as breaches
 * @param attestedShare the share of human members, 0 to 1, who must have attested their device
 * @param recheck how often every group is checked again without any event
 */
public record GovernanceSettings(Duration grace, double attestedShare, Duration recheck) {
}
