package org.staffroomwarden.review;

import java.time.Instant;
import java.util.Optional;
import org.staffroomwarden.monitor.MessageRef;

/** The messages of the groups, as far as removing one needs them. */
public interface GroupMessages {

    /** A message as it is now. */
    record Current(String text, long authorId, long channelId, Instant sentAt, Optional<Instant> editedAt) {
    }

    /** Why the bot may not remove the message (a missing permission, a group it left); empty when it may. */
    Optional<String> cannotRemove(MessageRef message);

    /** The message as it is now; empty when it no longer exists. */
    Optional<Current> fetch(MessageRef message);

    /** Deletes it; the problem when Discord refused, empty when done. */
    Optional<String> delete(MessageRef message);
}
