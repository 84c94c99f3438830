package org.staffroomwarden.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.staffroomwarden.scan.roster.RosterIndex;

/** The roster's hashes. An import replaces the whole roster in one transaction. */
public final class RosterStore {

    private final Database database;

    public RosterStore(Database database) {
        this.database = database;
    }

    /** Replaces the roster with these hashes and records the import. */
    public void replace(RosterIndex index, int accepted, int rejected) {
        Sql.inTransaction(database, "save the roster", c -> {
            try (Statement clear = c.createStatement();
                    PreparedStatement insert = c.prepareStatement("INSERT INTO roster_name (name_hash, kind) VALUES (?, ?)");
                    PreparedStatement audit = c.prepareStatement(
                            "INSERT INTO roster_import (imported_at, rows_accepted, rows_rejected) VALUES (?, ?, ?)")) {
                clear.executeUpdate("DELETE FROM roster_name");
                addAll(insert, index.fullNames(), "FULL");
                addAll(insert, index.firstNames(), "FIRST");
                insert.executeBatch();
                audit.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                audit.setInt(2, accepted);
                audit.setInt(3, rejected);
                return audit.executeUpdate();
            }
        });
    }

    public RosterIndex load() {
        return Sql.read(database, "read the roster", c -> {
            Set<String> full = new HashSet<>();
            Set<String> first = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name_hash, kind FROM roster_name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ("FULL".equals(rows.getString(2)) ? full : first).add(rows.getString(1));
                }
            }
            return new RosterIndex(full, first);
        });
    }

    private static void addAll(PreparedStatement insert, Set<String> hashes, String kind) throws SQLException {
        int n = 0;
        for (String hash : hashes) {
            insert.setString(1, hash);
            insert.setString(2, kind);
            insert.addBatch();
            if (++n % 5_000 == 0) {
                insert.executeBatch();
            }
        }
    }
}
