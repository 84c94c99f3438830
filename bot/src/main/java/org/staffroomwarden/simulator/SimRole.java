package org.staffroomwarden.simulator;

/** A guild role; the guild's own id is its @everyone role. */
public record SimRole(long id, String name, long permissions, int position) {
}
