package org.staffroomwarden.monitor;

/** Who wrote a message, as the group shows them. */
public record Author(long id, String displayName, boolean bot) {
}
