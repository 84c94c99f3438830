package org.staffroomwarden.monitor;

/** A staff group (a Discord guild) as the bot sees it. */
public record GroupInfo(long groupId, String name, long ownerId, int memberCount) {
}
