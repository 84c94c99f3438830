package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.governance.CheckChange;
import org.staffroomwarden.governance.CheckResult;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.governance.GovernanceRecords;
import org.staffroomwarden.governance.GroupFacts;
import org.staffroomwarden.governance.StoredCheck;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.school.School;
import org.staffroomwarden.view.Text;

/** Groups' purposes, acknowledgements, attestations and checks, with breach alerts queued as they change. */
public final class GovernanceStore implements GovernanceRecords {

    /** A recorded group, as lists show it. */
    public record GroupRow(long groupId, String name) {
    }

    private final Database database;
    private final StaffStore staff;
    private final Clock clock;

    public GovernanceStore(Database database, StaffStore staff, Clock clock) {
        this.database = database;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public Optional<GroupFacts> facts(long groupId, School school) {
        return Sql.read(database, "read the group", c -> {
            Instant joined;
            Optional<String> purpose;
            Optional<Instant> acknowledged;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT joined_at, purpose, acknowledged_at FROM staff_group WHERE group_id = ?")) {
                select.setLong(1, groupId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    joined = row.getObject(1, OffsetDateTime.class).toInstant();
                    purpose = Optional.ofNullable(row.getString(2));
                    acknowledged = Optional.ofNullable(row.getObject(3, OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant);
                }
            }
            return Optional.of(new GroupFacts(joined, purpose, school.hasHeadteacher(), acknowledged, attested(c),
                    staff.load(c, school.homeGuildId())));
        });
    }

    private static Set<Long> attested(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("SELECT user_id FROM attestation");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public Map<Concern, StoredCheck> checks(long groupId) {
        return allChecks(groupId).getOrDefault(groupId, Map.of());
    }

    /** Every group's stored checks. */
    public Map<Long, Map<Concern, StoredCheck>> allChecks() {
        return allChecks(0);
    }

    private Map<Long, Map<Concern, StoredCheck>> allChecks(long onlyGroup) {
        return Sql.read(database, "read the checks", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT group_id, check_name, status, detail,"
                    + " COALESCE(breach_id, 0) FROM governance_check WHERE ? = 0 OR group_id = ?")) {
                select.setLong(1, onlyGroup);
                select.setLong(2, onlyGroup);
                Map<Long, Map<Concern, StoredCheck>> all = new HashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Concern check = Concern.valueOf(row.getString(2));
                        all.computeIfAbsent(row.getLong(1), g -> new EnumMap<>(Concern.class)).put(check,
                                new StoredCheck(check, CheckStatus.valueOf(row.getString(3)), row.getString(4),
                                        row.getLong(5)));
                    }
                }
                return all;
            }
        });
    }

    @Override
    public void apply(long groupId, List<CheckChange> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        Sql.inTransaction(database, "record the checks", c -> {
            for (CheckChange change : changes) {
                CheckResult result = change.result();
                long breach;
                if (change instanceof CheckChange.Opened) {
                    breach = openBreach(c, groupId, result, now);
                    Outbox.queue(c, "BREACH", 0, breach, groupId, 0, now);
                } else if (change instanceof CheckChange.Recovered r) {
                    try (PreparedStatement update = c.prepareStatement(
                            "UPDATE governance_breach SET recovered_at = ? WHERE id = ?")) {
                        update.setObject(1, Sql.at(now));
                        update.setLong(2, r.breachId());
                        update.executeUpdate();
                    }
                    Outbox.queue(c, "BREACH_UPDATE", 0, r.breachId(), groupId, 0, now);
                    breach = 0;
                } else {
                    breach = ((CheckChange.Updated) change).breachId();
                }
                saveCheck(c, groupId, result, breach, now);
            }
            return null;
        });
    }

    private static long openBreach(Connection c, long groupId, CheckResult result, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO governance_breach (group_id, check_name,"
                + " detail, fix, opened_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, groupId);
            insert.setString(2, result.check().name());
            insert.setString(3, Text.clip(result.detail(), 1000));
            insert.setString(4, Text.clip(result.fix(), 500));
            insert.setObject(5, Sql.at(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void saveCheck(Connection c, long groupId, CheckResult result, long breach, Instant now)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE governance_check SET status = ?, detail = ?,"
                + " breach_id = ?, since = CASE WHEN status = ? THEN since ELSE ? END"
                + " WHERE group_id = ? AND check_name = ?")) {
            update.setString(1, result.status().name());
            update.setString(2, Text.clip(result.detail(), 1000));
            update.setObject(3, breach == 0 ? null : breach);
            update.setString(4, result.status().name());
            update.setObject(5, Sql.at(now));
            update.setLong(6, groupId);
            update.setString(7, result.check().name());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO governance_check (group_id, check_name,"
                + " status, detail, since, breach_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, groupId);
            insert.setString(2, result.check().name());
            insert.setString(3, result.status().name());
            insert.setString(4, Text.clip(result.detail(), 1000));
            insert.setObject(5, Sql.at(now));
            insert.setObject(6, breach == 0 ? null : breach);
            insert.executeUpdate();
        }
    }

    @Override
    public boolean tellHeadteacher(long groupId, long headteacherId) {
        return Sql.inTransaction(database, "queue the headteacher's message", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE staff_group SET headteacher_told = ?"
                    + " WHERE group_id = ? AND (headteacher_told IS NULL OR headteacher_told <> ?)")) {
                update.setLong(1, headteacherId);
                update.setLong(2, groupId);
                update.setLong(3, headteacherId);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            Outbox.queue(c, "HEADTEACHER", 0, 0, groupId, headteacherId, clock.instant());
            return true;
        });
    }

    public void setPurpose(long groupId, String purpose, long byUserId) {
        update("record the purpose", "UPDATE staff_group SET purpose = ?, purpose_set_by = ?, purpose_set_at = ?"
                + " WHERE group_id = ?", purpose, byUserId, Sql.at(clock.instant()), groupId);
    }

    /** @return false when the group was already acknowledged (or is not known) */
    public boolean acknowledge(long groupId, long byUserId) {
        return update("record the acknowledgement", "UPDATE staff_group SET acknowledged_by = ?, acknowledged_at = ?"
                + " WHERE group_id = ? AND acknowledged_at IS NULL", byUserId, Sql.at(clock.instant()), groupId) == 1;
    }

    /** @return false when this person had attested before (the date is renewed) */
    public boolean attest(long userId) {
        return Sql.inTransaction(database, "record the attestation", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE attestation SET attested_at = ? WHERE user_id = ?")) {
                update.setObject(1, Sql.at(clock.instant()));
                update.setLong(2, userId);
                if (update.executeUpdate() == 1) {
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO attestation (user_id, attested_at) VALUES (?, ?)")) {
                insert.setLong(1, userId);
                insert.setObject(2, Sql.at(clock.instant()));
                insert.executeUpdate();
                return true;
            }
        });
    }

    public List<GroupRow> groups() {
        return Sql.read(database, "read the groups", c -> {
            List<GroupRow> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT group_id, name FROM staff_group ORDER BY name");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new GroupRow(row.getLong(1), row.getString(2)));
                }
            }
            return rows;
        });
    }

    /** The group's name as last seen. */
    public String groupName(long groupId) {
        return Sql.read(database, "read the group", c -> GroupStore.name(c, groupId));
    }

    private int update(String what, String sql, Object... values) {
        return Sql.inTransaction(database, what, c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        });
    }
}
