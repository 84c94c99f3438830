package org.staffroomwarden.alert;

import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.PolicyRule;

/**
 * The private word to an author whose message was flagged: which rule, that SLT know, how to
 * delete it. It never carries the message's text.
 */
public record AuthorNudge(long outboxId, long incidentId, String groupName, long authorId, PolicyRule rule,
        MessageRef message) implements Outgoing {

    @Override
    public long groupId() {
        return message.groupId();
    }

    @Override
    public String lane() {
        return "dm:" + authorId;
    }
}
