package org.staffroomwarden.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.PendingAlerts;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/** The alert outbox: unsent rows joined with their incidents, read as alerts. */
public final class OutboxStore implements PendingAlerts {

    private static final String SELECT = "SELECT o.id, i.id, o.channel_id, i.concern, i.severity, i.rule_id,"
            + " COALESCE(g.name, ''), COALESCE(ch.name, ''), i.author_name, i.author_id, i.message_at, i.excerpt,"
            + " i.group_id, i.channel_id, i.message_id, i.finding_types, i.detectors"
            + " FROM alert_outbox o JOIN incident i ON i.id = o.incident_id"
            + " LEFT JOIN staff_group g ON g.group_id = i.group_id"
            + " LEFT JOIN group_channel ch ON ch.channel_id = i.channel_id";

    private final Database database;
    private final PolicyBook policies;

    public OutboxStore(Database database, PolicyBook policies) {
        this.database = database;
        this.policies = policies;
    }

    @Override
    public List<Alert> due(Instant now, int limit) {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT
                    + " WHERE o.sent_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.id FETCH FIRST ? ROWS ONLY")) {
                select.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                select.setInt(2, limit);
                return alerts(select);
            }
        });
    }

    /** Every alert not yet delivered, due or not, oldest first. */
    public List<Alert> unsent() {
        return Sql.read(database, "read the alert outbox", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE o.sent_at IS NULL ORDER BY o.id")) {
                return alerts(select);
            }
        });
    }

    @Override
    public void delivered(long outboxId, long messageId, Instant at) {
        Sql.inTransaction(database, "mark the alert sent", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alert_outbox SET sent_message_id = ?,"
                    + " sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
                update.setLong(1, messageId);
                update.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                update.setLong(3, outboxId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void failed(long outboxId, String reason, Instant nextAttempt) {
        Sql.inTransaction(database, "record the failed delivery", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE alert_outbox SET attempts = attempts + 1,"
                    + " last_error = ?, next_attempt_at = ? WHERE id = ?")) {
                update.setString(1, IncidentStore.clip(reason, 300));
                update.setObject(2, OffsetDateTime.ofInstant(nextAttempt, ZoneOffset.UTC));
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

    private List<Alert> alerts(PreparedStatement select) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Concern concern = Concern.valueOf(row.getString(4));
                alerts.add(new Alert(row.getLong(1), row.getLong(2), row.getLong(3), concern,
                        Severity.valueOf(row.getString(5)),
                        policies.rule(row.getString(6)).orElse(policies.rule(concern)),
                        row.getString(7), row.getString(8), row.getString(9), row.getLong(10),
                        row.getObject(11, OffsetDateTime.class).toInstant(), row.getString(12),
                        new MessageRef(row.getLong(13), row.getLong(14), row.getLong(15)),
                        names(row.getString(16), FindingType.class), detectors(row.getString(17))));
            }
        }
        return alerts;
    }

    private static <E extends Enum<E>> List<E> names(String joined, Class<E> type) {
        return joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }

    private static Set<DetectorKind> detectors(String joined) {
        Set<DetectorKind> set = EnumSet.noneOf(DetectorKind.class);
        set.addAll(names(joined, DetectorKind.class));
        return set;
    }
}
