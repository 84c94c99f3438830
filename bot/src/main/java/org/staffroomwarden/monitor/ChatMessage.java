package org.staffroomwarden.monitor;

import java.time.Instant;
import java.util.Objects;

/**
 * A message, or an edit of one, in a staff group.
 *
 * @param parentChannelId the channel a thread or forum post belongs to; 0 for a top-level channel
 * @param media how many pictures and videos are attached
 * @param edited whether this is an edit of a message seen before
 */
public record ChatMessage(MessageRef ref, long parentChannelId, String groupName, String channelName, Author author,
        String text, int media, Instant sentAt, boolean edited) {

    public ChatMessage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
        if (media < 0) {
            throw new IllegalArgumentException("media < 0");
        }
    }
}
