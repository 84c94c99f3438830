package org.staffroomwarden.discord;

import org.staffroomwarden.alert.Doorbell;
import org.staffroomwarden.monitor.GroupNotice;
import org.staffroomwarden.monitor.MessageMonitor;

/**
 * The core parts the adapter drives.
 *
 * @param outbox rung when something that held alerts back may have changed
 * @param sltChannelId the private channel alerts go to
 * @param homeGuildId the guild the SLT channel must be in; 0 for any
 */
public record BotParts(MessageMonitor monitor, GroupNotice notice, Doorbell outbox, long sltChannelId,
        long homeGuildId) {
}
