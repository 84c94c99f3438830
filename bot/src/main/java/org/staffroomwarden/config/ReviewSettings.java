package org.staffroomwarden.config;

import java.util.Set;
import org.staffroomwarden.policy.Concern;

/**
 * The alert review workflow.
 *
 * @param nudge the concerns whose authors are told privately that a message was flagged
 * @param digest when the weekly digest goes to SLT
 */
public record ReviewSettings(Set<Concern> nudge, DigestSettings digest) {

    public ReviewSettings {
        nudge = Set.copyOf(nudge);
        java.util.Objects.requireNonNull(digest, "digest");
    }
}
