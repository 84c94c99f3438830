package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

/** Queues an outbox row inside the caller's transaction, so the item is kept exactly when its cause is. */
final class Outbox {

    private Outbox() {
    }

    /**
     * @param kind INCIDENT, NUDGE, ESCALATION (with an incident), BREACH, BREACH_UPDATE (with a
     *     breach), HEADTEACHER (with a group); DIGEST and BURST rows have their own methods
     */
    static void queue(Connection c, String kind, long incidentId, long breachId, long groupId, long recipientId,
            Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO alert_outbox (kind, incident_id, breach_id,"
                + " group_id, recipient_id, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind);
            nullable(insert, 2, incidentId);
            nullable(insert, 3, breachId);
            insert.setLong(4, groupId);
            nullable(insert, 5, recipientId);
            insert.setObject(6, Sql.at(now));
            insert.executeUpdate();
        }
    }

    /** A school's weekly digest, for its SLT channel: the school is found by its home server. */
    static void queueDigest(Connection c, long digestId, long homeGuildId, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO alert_outbox (kind, digest_id, group_id,"
                + " next_attempt_at) VALUES ('DIGEST', ?, ?, ?)")) {
            insert.setLong(1, digestId);
            insert.setLong(2, homeGuildId);
            insert.setObject(3, Sql.at(now));
            insert.executeUpdate();
        }
    }

    /**
     * A burst post for a group's SLT channel, in its first alert's place; returns its row's id. The
     * caller points the alerts it carries at it in the same transaction.
     */
    static long queueBurst(Connection c, long groupId, long sendOrder, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO alert_outbox (kind, group_id, send_order,"
                + " next_attempt_at) VALUES ('BURST', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, groupId);
            insert.setLong(2, sendOrder);
            insert.setObject(3, Sql.at(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void nullable(PreparedStatement statement, int index, long id) throws SQLException {
        if (id == 0) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }
}
