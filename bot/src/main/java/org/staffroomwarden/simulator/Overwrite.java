package org.staffroomwarden.simulator;

/** A channel permission overwrite for a role ({@code member == false}) or a member. */
public record Overwrite(long id, boolean member, long allow, long deny) {
}
