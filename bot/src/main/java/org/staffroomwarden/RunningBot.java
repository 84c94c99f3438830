package org.staffroomwarden;

import java.time.Duration;
import org.staffroomwarden.alert.AlertOutbox;
import org.staffroomwarden.discord.WardenBot;
import org.staffroomwarden.store.Database;

/** A started bot: its Discord connection, its alert outbox and its database, closed in that order. */
public final class RunningBot implements AutoCloseable {

    private final Database database;
    private final WardenBot discord;
    private final AlertOutbox outbox;

    RunningBot(Database database, WardenBot discord, AlertOutbox outbox) {
        this.database = database;
        this.discord = discord;
        this.outbox = outbox;
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
            discord.close();
        } finally {
            try {
                outbox.close();
            } finally {
                database.close();
            }
        }
    }
}
