package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.staffroomwarden.monitor.ChatMessage;
import org.staffroomwarden.monitor.Incidents;
import org.staffroomwarden.policy.Breach;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.Verdict;
import org.staffroomwarden.view.Text;

/** Incidents, each written with its alert's outbox row in the same transaction. */
public final class IncidentStore implements Incidents {

    /** How much of the redacted text an incident keeps: enough to judge, short enough to read. */
    static final int EXCERPT_LENGTH = 300;

    private final Database database;
    private final Clock clock;
    private final Set<Concern> nudge;

    /** @param nudge the concerns whose authors get a private word, queued with the alert */
    public IncidentStore(Database database, Clock clock, Set<Concern> nudge) {
        this.database = database;
        this.clock = clock;
        this.nudge = Set.copyOf(nudge);
    }

    @Override
    public List<Long> record(ChatMessage message, Verdict verdict) {
        String excerpt = excerpt(verdict.redacted());
        String hash = sha256(message.text());
        return Sql.inTransaction(database, "record the incident", c -> {
            rememberNames(c, message);
            List<Long> created = new ArrayList<>();
            for (Breach breach : verdict.breaches()) {
                if (exists(c, message.ref().messageId(), breach)) {
                    continue;
                }
                long incident = insertIncident(c, message, breach, excerpt, hash);
                Outbox.queue(c, "INCIDENT", incident, 0, message.ref().groupId(), 0, clock.instant());
                if (nudge.contains(breach.concern())) {
                    Outbox.queue(c, "NUDGE", incident, 0, message.ref().groupId(), message.author().id(),
                            clock.instant());
                }
                created.add(incident);
            }
            return created;
        });
    }

    private static boolean exists(Connection c, long messageId, Breach breach) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM incident WHERE message_id = ? AND concern = ?")) {
            select.setLong(1, messageId);
            select.setString(2, breach.concern().name());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private long insertIncident(Connection c, ChatMessage message, Breach breach, String excerpt, String hash)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO incident (group_id, channel_id, message_id,"
                + " concern, severity, rule_id, finding_types, detectors, author_id, author_name, excerpt,"
                + " text_sha256, message_at, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, message.ref().groupId());
            insert.setLong(2, message.ref().channelId());
            insert.setLong(3, message.ref().messageId());
            insert.setString(4, breach.concern().name());
            insert.setString(5, breach.severity().name());
            insert.setString(6, breach.rule().id());
            insert.setString(7, breach.types().stream().map(Enum::name).collect(Collectors.joining(",")));
            insert.setString(8, breach.detectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            insert.setLong(9, message.author().id());
            insert.setString(10, Text.clip(message.author().displayName(), 100));
            insert.setString(11, excerpt);
            insert.setString(12, hash);
            insert.setObject(13, Sql.at(message.sentAt()));
            insert.setObject(14, Sql.at(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The group's and channel's names as last seen, so alerts can name them. */
    private void rememberNames(Connection c, ChatMessage message) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE group_channel SET name = ? WHERE channel_id = ?")) {
            update.setString(1, Text.clip(message.channelName(), 100));
            update.setLong(2, message.ref().channelId());
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO group_channel (channel_id, group_id, name) VALUES (?, ?, ?)")) {
                    insert.setLong(1, message.ref().channelId());
                    insert.setLong(2, message.ref().groupId());
                    insert.setString(3, Text.clip(message.channelName(), 100));
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE staff_group SET name = ? WHERE group_id = ?")) {
            update.setString(1, Text.clip(message.groupName(), 100));
            update.setLong(2, message.ref().groupId());
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO staff_group"
                        + " (group_id, name, owner_id, member_count, joined_at) VALUES (?, ?, 0, 0, ?)")) {
                    insert.setLong(1, message.ref().groupId());
                    insert.setString(2, Text.clip(message.groupName(), 100));
                    insert.setObject(3, Sql.at(clock.instant()));
                    insert.executeUpdate();
                }
            }
        }
    }

    static String excerpt(String redacted) {
        return Text.excerpt(redacted, EXCERPT_LENGTH);
    }

    static String sha256(String text) {
        return org.staffroomwarden.review.ReviewService.sha256(text);
    }
}
