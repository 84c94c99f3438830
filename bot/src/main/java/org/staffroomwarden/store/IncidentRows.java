package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/** Reads incidents as alerts, for the outbox, the review buttons and the commands alike. */
final class IncidentRows {

    static final String SELECT = "SELECT i.id, i.concern, i.severity, i.rule_id, COALESCE(g.name, ''),"
            + " COALESCE(ch.name, ''), i.author_name, i.author_id, i.message_at, i.excerpt, i.group_id, i.channel_id,"
            + " i.message_id, i.finding_types, i.detectors, i.status, COALESCE(i.status_by, ''), i.status_at"
            + " FROM incident i LEFT JOIN staff_group g ON g.group_id = i.group_id"
            + " LEFT JOIN group_channel ch ON ch.channel_id = i.channel_id";

    private IncidentRows() {
    }

    static Optional<Alert> alert(Connection c, PolicyBook policies, long outboxId, long incidentId)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE i.id = ?")) {
            select.setLong(1, incidentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(alert(row, policies, outboxId)) : Optional.empty();
            }
        }
    }

    /** One row of {@link #SELECT}. */
    static Alert alert(ResultSet row, PolicyBook policies, long outboxId) throws SQLException {
        Concern concern = Concern.valueOf(row.getString(2));
        OffsetDateTime statusAt = row.getObject(18, OffsetDateTime.class);
        Instant sent = row.getObject(9, OffsetDateTime.class).toInstant();
        return new Alert(outboxId, row.getLong(1), concern, Severity.valueOf(row.getString(3)),
                policies.rule(row.getString(4)).orElse(policies.rule(concern)), row.getString(5), row.getString(6),
                row.getString(7), row.getLong(8), sent, row.getString(10),
                new MessageRef(row.getLong(11), row.getLong(12), row.getLong(13)),
                names(row.getString(14), FindingType.class), detectors(row.getString(15)),
                IncidentStatus.valueOf(row.getString(16)), row.getString(17),
                statusAt == null ? sent : statusAt.toInstant());
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
