package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.staffroomwarden.staff.StaffDirectory;
import org.staffroomwarden.staff.StaffMember;

/** Each school's staff directory: Discord ids, usernames and teams; never names. */
public final class StaffStore {

    /** Teams are kept in one column, joined by a character no team name may hold. */
    private static final String TEAM_SEPARATOR = "\u001F";

    private final Database database;

    public StaffStore(Database database) {
        this.database = database;
    }

    /** Replaces the school's directory in one transaction. */
    public void replace(long schoolHomeId, StaffDirectory directory) {
        Sql.inTransaction(database, "store the staff directory", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM staff_member WHERE school_home_id = ?")) {
                delete.setLong(1, schoolHomeId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO staff_member (school_home_id, user_id,"
                    + " username, teams) VALUES (?, ?, ?, ?)")) {
                for (StaffMember member : directory.members()) {
                    insert.setLong(1, schoolHomeId);
                    insert.setObject(2, member.userId() == 0 ? null : member.userId());
                    insert.setString(3, member.username().isEmpty() ? null : member.username());
                    insert.setString(4, String.join(TEAM_SEPARATOR, member.teams()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The school's directory; empty when none was imported. */
    public Optional<StaffDirectory> load(long schoolHomeId) {
        return Sql.read(database, "read the staff directory", c -> load(c, schoolHomeId));
    }

    /** The same, read through a connection the caller holds. */
    Optional<StaffDirectory> load(Connection c, long schoolHomeId) throws SQLException {
        List<StaffMember> members = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(user_id, 0), COALESCE(username, ''),"
                + " teams FROM staff_member WHERE school_home_id = ? ORDER BY id")) {
            select.setLong(1, schoolHomeId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    members.add(new StaffMember(row.getLong(1), row.getString(2),
                            new LinkedHashSet<>(Arrays.asList(row.getString(3).split(TEAM_SEPARATOR)))));
                }
            }
        }
        return members.isEmpty() ? Optional.empty() : Optional.of(new StaffDirectory(members));
    }
}
