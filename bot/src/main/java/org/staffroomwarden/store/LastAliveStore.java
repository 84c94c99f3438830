package org.staffroomwarden.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.staffroomwarden.monitor.LastAlive;

/** The bot's last-alive time: the single row of {@code last_alive}, made by its migration. */
public final class LastAliveStore implements LastAlive {

    private final Database database;

    public LastAliveStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Instant> lastAlive() {
        return Sql.read(database, "read when the bot was last alive", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT alive_at FROM last_alive WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant) : Optional.empty();
            }
        });
    }

    @Override
    public void alive(Instant at) {
        Sql.inTransaction(database, "record that the bot is alive", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE last_alive SET alive_at = ? WHERE id = 1")) {
                update.setObject(1, Sql.at(at));
                return update.executeUpdate();
            }
        });
    }
}
