package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.staffroomwarden.monitor.GroupInfo;
import org.staffroomwarden.monitor.Groups;

/** The groups the bot has joined. */
public final class GroupStore implements Groups {

    private final Database database;
    private final Clock clock;

    public GroupStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void joined(GroupInfo group) {
        Sql.inTransaction(database, "record the group", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE staff_group SET name = ?, owner_id = ?, member_count = ? WHERE group_id = ?")) {
                update.setString(1, group.name());
                update.setLong(2, group.ownerId());
                update.setInt(3, group.memberCount());
                update.setLong(4, group.groupId());
                if (update.executeUpdate() == 1) {
                    return 1;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO staff_group"
                    + " (group_id, name, owner_id, member_count, joined_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, group.groupId());
                insert.setString(2, group.name());
                insert.setLong(3, group.ownerId());
                insert.setInt(4, group.memberCount());
                insert.setObject(5, Sql.at(clock.instant()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public boolean noticePosted(long groupId) {
        return Sql.read(database, "read the group", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT notice_posted_at FROM staff_group WHERE group_id = ?")) {
                select.setLong(1, groupId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getObject(1) != null;
                }
            }
        });
    }

    @Override
    public void markNoticePosted(long groupId, boolean posted) {
        Sql.inTransaction(database, "record the notice", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE staff_group SET notice_posted_at = ? WHERE group_id = ?")) {
                update.setObject(1, posted ? Sql.at(clock.instant()) : null);
                update.setLong(2, groupId);
                return update.executeUpdate();
            }
        });
    }

    /** The group's name as last seen; "a group" when it is not known. */
    static String name(Connection c, long groupId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT name FROM staff_group WHERE group_id = ?")) {
            select.setLong(1, groupId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "a group";
            }
        }
    }
}
