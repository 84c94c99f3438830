package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.alert.Digest;
import org.staffroomwarden.chart.WeeklyFlags;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.view.Text;

/** Weekly digests as they were taken, each queued for its SLT channel in the same transaction. */
public final class DigestStore {

    /** H2's and PostgreSQL's SQLState for a unique constraint broken. */
    private static final String DUPLICATE = "23505";

    private final Database database;
    private final Clock clock;

    public DigestStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the school's digest up to that day was already taken. */
    public boolean taken(long homeGuildId, LocalDate until) {
        return Sql.read(database, "read the digests", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM weekly_digest"
                    + " WHERE school_home_id = ? AND until_day = ?")) {
                select.setLong(1, homeGuildId);
                select.setObject(2, until);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1) > 0;
                }
            }
        });
    }

    /** Keeps the digest and queues it; false when that school's digest for that week was already kept. */
    public boolean queue(Digest digest) {
        OffsetDateTime now = Sql.at(clock.instant());
        try {
            return Sql.inTransaction(database, "keep the weekly digest", c -> {
                long id = insertDigest(c, digest, now);
                Map<String, Integer> positions = new HashMap<>();
                try (PreparedStatement group = c.prepareStatement("INSERT INTO digest_group (digest_id, position,"
                        + " group_id, name, open_incidents) VALUES (?, ?, ?, ?, ?)");
                        PreparedStatement failing = c.prepareStatement("INSERT INTO digest_failing (digest_id,"
                                + " position, check_name) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < digest.groups().size(); i++) {
                        Digest.Group g = digest.groups().get(i);
                        positions.put(g.name(), i);
                        group.setLong(1, id);
                        group.setInt(2, i);
                        group.setLong(3, g.groupId());
                        group.setString(4, Text.clip(g.name(), 200));
                        group.setInt(5, g.openIncidents());
                        group.addBatch();
                        for (Concern check : g.failing()) {
                            failing.setLong(1, id);
                            failing.setInt(2, i);
                            failing.setString(3, check.name());
                            failing.addBatch();
                        }
                    }
                    group.executeBatch();
                    failing.executeBatch();
                }
                try (PreparedStatement flags = c.prepareStatement("INSERT INTO digest_flags (digest_id, position,"
                        + " week_start, concern, flags) VALUES (?, ?, ?, ?, ?)")) {
                    for (WeeklyFlags f : digest.flags()) {
                        flags.setLong(1, id);
                        flags.setInt(2, positions.get(f.group()));
                        flags.setObject(3, f.weekStart());
                        flags.setString(4, f.concern().name());
                        flags.setInt(5, f.count());
                        flags.addBatch();
                    }
                    flags.executeBatch();
                }
                Outbox.queueDigest(c, id, digest.homeGuildId(), now.toInstant());
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && DUPLICATE.equals(s.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static long insertDigest(Connection c, Digest digest, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO weekly_digest (school_home_id, school_name,"
                + " until_day, taken_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, digest.homeGuildId());
            insert.setString(2, Text.clip(digest.schoolName(), 200));
            insert.setObject(3, digest.until());
            insert.setObject(4, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The kept digest, as the outbox row {@code outboxId} delivers it. */
    static Optional<Digest> read(Connection c, long outboxId, long digestId) throws SQLException {
        long home;
        String school;
        LocalDate until;
        try (PreparedStatement select = c.prepareStatement("SELECT school_home_id, school_name, until_day"
                + " FROM weekly_digest WHERE id = ?")) {
            select.setLong(1, digestId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                home = row.getLong(1);
                school = row.getString(2);
                until = row.getObject(3, LocalDate.class);
            }
        }
        Map<Integer, List<Concern>> failing = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT position, check_name FROM digest_failing"
                + " WHERE digest_id = ? ORDER BY position, check_name")) {
            select.setLong(1, digestId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    failing.computeIfAbsent(row.getInt(1), p -> new ArrayList<>()).add(Concern.valueOf(row.getString(2)));
                }
            }
        }
        List<Digest.Group> groups = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT position, group_id, name, open_incidents"
                + " FROM digest_group WHERE digest_id = ? ORDER BY position")) {
            select.setLong(1, digestId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    names.put(row.getInt(1), row.getString(3));
                    groups.add(new Digest.Group(row.getLong(2), row.getString(3), row.getInt(4),
                            failing.getOrDefault(row.getInt(1), List.of())));
                }
            }
        }
        List<WeeklyFlags> flags = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT position, week_start, concern, flags"
                + " FROM digest_flags WHERE digest_id = ?")) {
            select.setLong(1, digestId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    flags.add(new WeeklyFlags(names.get(row.getInt(1)), row.getObject(2, LocalDate.class),
                            Concern.valueOf(row.getString(3)), row.getInt(4)));
                }
            }
        }
        return Optional.of(new Digest(outboxId, home, school, until, groups, flags));
    }
}
