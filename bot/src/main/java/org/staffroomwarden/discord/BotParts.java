package org.staffroomwarden.discord;

import java.time.Duration;
import org.staffroomwarden.alert.Doorbell;
import org.staffroomwarden.command.Commands;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.monitor.CatchUp;
import org.staffroomwarden.monitor.GroupNotice;
import org.staffroomwarden.monitor.MessageQueue;
import org.staffroomwarden.school.Schools;

/**
 * The core parts the adapter drives.
 *
 * @param messages where messages and edits go to be scanned, off JDA's event thread
 * @param outbox rung when something that held alerts back may have changed
 * @param recheck how often every group's governance is checked again without an event
 * @param digests queues the weekly digests that are due; run at start-up and then every few minutes
 * @param retention deletes what is past the retention period; run at start-up and then daily
 * @param catchUp reads back what was sent while the bot was down; run once the groups have loaded
 * @param heartbeat keeps the time the bot was last alive; run every minute
 */
public record BotParts(MessageQueue messages, GroupNotice notice, Doorbell outbox, Schools schools,
        GovernanceMonitor governance, Commands commands, Duration recheck, Runnable digests, Runnable retention,
        CatchUp catchUp, Runnable heartbeat) {
}
