package org.staffroomwarden;

import java.time.Duration;
import org.staffroomwarden.alert.AlertOutbox;
import org.staffroomwarden.discord.WardenBot;
import org.staffroomwarden.monitor.Heartbeat;
import org.staffroomwarden.monitor.MessageQueue;
import org.staffroomwarden.store.Database;

/**
 * A started bot: its alert outbox, its Discord connection, its message queue and its database,
 * closed in that order (the outbox first, so nothing new is sent while the connection closes; the
 * queue once no message can arrive, so it can record what waits before the database closes; then
 * the last-alive time, from which the next start reads back what it missed).
 */
public final class RunningBot implements AutoCloseable {

    private final Database database;
    private final WardenBot discord;
    private final MessageQueue messages;
    private final AlertOutbox outbox;
    private final Heartbeat heartbeat;

    RunningBot(Database database, WardenBot discord, MessageQueue messages, AlertOutbox outbox, Heartbeat heartbeat) {
        this.database = database;
        this.discord = discord;
        this.messages = messages;
        this.outbox = outbox;
        this.heartbeat = heartbeat;
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        discord.awaitReady(timeout);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            outbox.close();
        } finally {
            try {
                discord.close();
            } finally {
                try {
                    messages.close();
                    heartbeat.run();
                } finally {
                    database.close();
                }
            }
        }
    }
}
