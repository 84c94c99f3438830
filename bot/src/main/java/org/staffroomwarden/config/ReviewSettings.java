package org.staffroomwarden.config;

import java.util.Set;
import org.staffroomwarden.policy.Concern;

/**
 * The alert review workflow.
 *
 * @param nudge the concerns whose authors are told privately that a message was flagged
 */
public record ReviewSettings(Set<Concern> nudge) {

    public ReviewSettings {
        nudge = Set.copyOf(nudge);
    }
}
