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
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AuthorNudge;
import org.staffroomwarden.alert.BreachAlert;
import org.staffroomwarden.alert.Burst;
import org.staffroomwarden.alert.Escalation;
import org.staffroomwarden.alert.HeadteacherNotice;
import org.staffroomwarden.alert.Outgoing;
import org.staffroomwarden.alert.PendingAlerts;
import org.staffroomwarden.alert.Queued;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.view.Text;

/** The outbox: unsent rows, each read as the item it delivers. */
public final class OutboxStore implements PendingAlerts {

    private static final String SELECT = "SELECT id, kind, COALESCE(incident_id, 0), COALESCE(breach_id, 0),"
            + " COALESCE(group_id, 0), COALESCE(recipient_id, 0), COALESCE(digest_id, 0), attempts, next_attempt_at"
            + " FROM alert_outbox";

    private final Database database;
    private final PolicyBook policies;

    public OutboxStore(Database database, PolicyBook policies) {
        this.database = database;
        this.policies = policies;
    }

    @Override
    public List<Queued> queue() {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT
                    + " WHERE sent_at IS NULL AND burst_id IS NULL ORDER BY COALESCE(send_order, id)")) {
                return items(c, select);
            }
        });
    }

    @Override
    public void bundle(List<List<Alert>> bursts, Instant at) {
        Sql.inTransaction(database, "keep the burst posts", c -> {
            try (PreparedStatement join = c.prepareStatement("UPDATE alert_outbox SET burst_id = ? WHERE id = ?"
                    + " AND kind = 'INCIDENT' AND sent_at IS NULL AND burst_id IS NULL AND attempts = 0")) {
                for (List<Alert> alerts : bursts) {
                    long burst = Outbox.queueBurst(c, alerts.get(0).groupId(),
                            alerts.stream().mapToLong(Alert::outboxId).min().orElseThrow(), at);
                    for (Alert alert : alerts) {
                        join.setLong(1, burst);
                        join.setLong(2, alert.outboxId());
                        if (join.executeUpdate() != 1) {
                            throw new SQLException("outbox row " + alert.outboxId() + " was tried or sent before it"
                                    + " could join a burst");
                        }
                    }
                }
            }
            return bursts.size();
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
        // A burst's alerts are closed with it, under its message.
        Sql.inTransaction(database, "mark the alert sent", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alert_outbox SET sent_message_id = ?,"
                    + " sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ? OR burst_id = ?")) {
                update.setObject(1, messageId == 0 ? null : messageId);
                update.setObject(2, Sql.at(at));
                update.setString(3, reason == null ? null : Text.clip(reason, 300));
                update.setLong(4, outboxId);
                update.setLong(5, outboxId);
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
    public Optional<Instant> nextDue(Instant after) {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT MIN(next_attempt_at) FROM alert_outbox"
                    + " WHERE sent_at IS NULL AND burst_id IS NULL AND next_attempt_at > ?")) {
                select.setObject(1, Sql.at(after));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    OffsetDateTime next = row.getObject(1, OffsetDateTime.class);
                    return Optional.ofNullable(next).map(OffsetDateTime::toInstant);
                }
            }
        });
    }

    private List<Queued> items(Connection c, PreparedStatement select) throws SQLException {
        List<Queued> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Optional<Outgoing> item = switch (row.getString(2)) {
                    case "DIGEST" -> DigestStore.read(c, row.getLong(1), row.getLong(7)).map(d -> d);
                    case "BURST" -> burst(c, row.getLong(1), row.getLong(5));
                    default -> item(c, row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5),
                            row.getLong(6));
                };
                int attempts = row.getInt(8);
                Instant next = row.getObject(9, OffsetDateTime.class).toInstant();
                item.ifPresent(i -> items.add(new Queued(i, attempts, next)));
            }
        }
        return items;
    }

    /** A burst with the alerts it carries, oldest first. */
    private Optional<Outgoing> burst(Connection c, long id, long groupId) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, incident_id FROM alert_outbox WHERE burst_id = ? ORDER BY id")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    IncidentRows.alert(c, policies, row.getLong(1), row.getLong(2)).ifPresent(alerts::add);
                }
            }
        }
        return alerts.isEmpty() ? Optional.empty() : Optional.of(new Burst(id, groupId, alerts));
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
