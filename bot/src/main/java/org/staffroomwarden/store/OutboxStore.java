package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.staffroomwarden.alert.AuthorNudge;
import org.staffroomwarden.alert.BreachAlert;
import org.staffroomwarden.alert.Escalation;
import org.staffroomwarden.alert.HeadteacherNotice;
import org.staffroomwarden.alert.Outgoing;
import org.staffroomwarden.alert.PendingAlerts;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.view.Text;

/** The outbox: unsent rows, each read as the item it delivers. */
public final class OutboxStore implements PendingAlerts {

    private static final String SELECT = "SELECT id, kind, COALESCE(incident_id, 0), COALESCE(breach_id, 0),"
            + " COALESCE(group_id, 0), COALESCE(recipient_id, 0), COALESCE(digest_id, 0) FROM alert_outbox";

    private final Database database;
    private final PolicyBook policies;

    public OutboxStore(Database database, PolicyBook policies) {
        this.database = database;
        this.policies = policies;
    }

    @Override
    public List<Outgoing> due(Instant now, int limit) {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT
                    + " WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                select.setObject(1, Sql.at(now));
                select.setInt(2, limit);
                return items(c, select);
            }
        });
    }

    /** Everything not yet delivered, due or not, oldest first. */
    public List<Outgoing> unsent() {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE sent_at IS NULL ORDER BY id")) {
                return items(c, select);
            }
        });
    }

    @Override
    public void delivered(long outboxId, long messageId, Instant at) {
        close(outboxId, messageId, null, at);
    }

    @Override
    public void undeliverable(long outboxId, String reason, Instant at) {
        close(outboxId, 0, reason, at);
    }

    private void close(long outboxId, long messageId, String reason, Instant at) {
        Sql.inTransaction(database, "mark the alert sent", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alert_outbox SET sent_message_id = ?,"
                    + " sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?")) {
                update.setObject(1, messageId == 0 ? null : messageId);
                update.setObject(2, Sql.at(at));
                update.setString(3, reason == null ? null : Text.clip(reason, 300));
                update.setLong(4, outboxId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void failed(long outboxId, String reason, Instant nextAttempt) {
        Sql.inTransaction(database, "record the failed delivery", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alert_outbox SET attempts = attempts + 1,"
                    + " last_error = ?, next_attempt_at = ? WHERE id = ?")) {
                update.setString(1, Text.clip(reason, 300));
                update.setObject(2, Sql.at(nextAttempt));
                update.setLong(3, outboxId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Instant> nextDue() {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT MIN(next_attempt_at) FROM alert_outbox WHERE sent_at IS NULL");
                    ResultSet row = select.executeQuery()) {
                row.next();
                OffsetDateTime next = row.getObject(1, OffsetDateTime.class);
                return Optional.ofNullable(next).map(OffsetDateTime::toInstant);
            }
        });
    }

    private List<Outgoing> items(Connection c, PreparedStatement select) throws SQLException {
        List<Outgoing> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                if (row.getString(2).equals("DIGEST")) {
                    DigestStore.read(c, row.getLong(1), row.getLong(7)).ifPresent(items::add);
                    continue;
                }
                item(c, row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6)).ifPresent(items::add);
            }
        }
        return items;
    }

    private Optional<Outgoing> item(Connection c, long id, String kind, long incidentId, long breachId, long groupId,
            long recipientId) throws SQLException {
        if (kind.equals("ESCALATION")) {
            String by = escalatedBy(c, incidentId);
            return IncidentRows.alert(c, policies, 0, incidentId).map(a -> new Escalation(id, a, by, recipientId));
        }
        return switch (kind) {
            case "INCIDENT" -> IncidentRows.alert(c, policies, id, incidentId).map(a -> a);
            case "NUDGE" -> IncidentRows.alert(c, policies, 0, incidentId).map(a -> new AuthorNudge(id, incidentId,
                    a.groupName(), recipientId, a.rule(), a.message()));
            case "BREACH", "BREACH_UPDATE" -> breach(c, id, breachId, kind.equals("BREACH_UPDATE"));
            case "HEADTEACHER" -> Optional.of(new HeadteacherNotice(id, groupId, GroupStore.name(c, groupId), recipientId));
            default -> throw new SQLException("unknown outbox kind " + kind + " in row " + id);
        };
    }

    private Optional<Outgoing> breach(Connection c, long id, long breachId, boolean update) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT b.group_id, COALESCE(g.name, ''), b.check_name,"
                + " b.detail, b.opened_at, b.recovered_at, (SELECT MAX(o.sent_message_id) FROM alert_outbox o"
                + " WHERE o.breach_id = b.id AND o.kind = 'BREACH'), COALESCE(ch.detail, ''), b.fix"
                + " FROM governance_breach b LEFT JOIN staff_group g ON g.group_id = b.group_id"
                + " LEFT JOIN governance_check ch ON ch.group_id = b.group_id AND ch.check_name = b.check_name"
                + " WHERE b.id = ?")) {
            select.setLong(1, breachId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Concern check = Concern.valueOf(row.getString(3));
                OffsetDateTime recovered = update ? row.getObject(6, OffsetDateTime.class) : null;
                String detail = update ? row.getString(8) : row.getString(4);
                return Optional.of(new BreachAlert(id, breachId, row.getLong(1), row.getString(2),
                        policies.rule(check), detail, row.getString(9),
                        row.getObject(5, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(recovered).map(OffsetDateTime::toInstant), update ? row.getLong(7) : 0));
            }
        }
    }

    private static String escalatedBy(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT actor_name FROM incident_audit WHERE"
                + " incident_id = ? AND action = 'ESCALATE' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setLong(1, incidentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "SLT";
            }
        }
    }
}
