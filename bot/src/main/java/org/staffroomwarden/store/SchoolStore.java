package org.staffroomwarden.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.school.SchoolSetup;
import org.staffroomwarden.school.SchoolSetups;

/** What /warden setup and /warden school stored. */
public final class SchoolStore implements SchoolSetups {

    private final Database database;
    private final Clock clock;

    public SchoolStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<SchoolSetup> setup(long homeGuildId) {
        return Sql.read(database, "read the school", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(headteacher_id, 0),"
                    + " COALESCE(slt_role_id, 0), COALESCE(slt_channel_id, 0) FROM school_setup WHERE home_guild_id = ?")) {
                select.setLong(1, homeGuildId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new SchoolSetup(homeGuildId, row.getLong(1), row.getLong(2),
                            row.getLong(3))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(SchoolSetup setup, long byUserId) {
        SchoolSetup was = setup(setup.homeGuildId()).orElse(new SchoolSetup(setup.homeGuildId(), 0, 0, 0));
        SchoolSetup now = setup.or(was);
        OffsetDateTime at = Sql.at(clock.instant());
        Sql.inTransaction(database, "record the school's set-up", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM school_setup WHERE home_guild_id = ?")) {
                delete.setLong(1, now.homeGuildId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO school_setup (home_guild_id, headteacher_id,"
                    + " slt_role_id, slt_channel_id, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, now.homeGuildId());
                insert.setLong(2, now.headteacherId());
                insert.setLong(3, now.sltRoleId());
                insert.setLong(4, now.sltChannelId());
                insert.setLong(5, byUserId);
                insert.setObject(6, at);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, Long> assignments() {
        return Sql.read(database, "read the groups' schools", c -> {
            Map<Long, Long> map = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT group_id, school_home_id FROM staff_group WHERE school_home_id IS NOT NULL");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    map.put(row.getLong(1), row.getLong(2));
                }
            }
            return map;
        });
    }

    @Override
    public void assign(long groupId, long homeGuildId) {
        Sql.inTransaction(database, "record the group's school", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE staff_group SET school_home_id = ? WHERE group_id = ?")) {
                update.setLong(1, homeGuildId);
                update.setLong(2, groupId);
                return update.executeUpdate();
            }
        });
    }
}
