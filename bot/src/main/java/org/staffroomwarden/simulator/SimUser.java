package org.staffroomwarden.simulator;

/** A Discord user: a member of staff, or a bot. */
public record SimUser(long id, String username, String displayName, boolean bot) {
}
