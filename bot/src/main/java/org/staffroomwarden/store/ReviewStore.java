package org.staffroomwarden.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.review.AuditEntry;
import org.staffroomwarden.review.Evidence;
import org.staffroomwarden.review.FalsePositive;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.review.ReviewRecords;
import org.staffroomwarden.view.Text;

/** Incidents' review states, audit trails and removal evidence; and the lists the commands show. */
public final class ReviewStore implements ReviewRecords {

    /** Which incidents a list shows: any filter left empty (0 for the group) matches all. */
    public record Filter(long groupId, Optional<Concern> concern, Optional<IncidentStatus> status) {
    }

    private final Database database;
    private final PolicyBook policies;
    private final Clock clock;

    public ReviewStore(Database database, PolicyBook policies, Clock clock) {
        this.database = database;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Optional<Alert> incident(long incidentId) {
        return Sql.read(database, "read the incident", c -> IncidentRows.alert(c, policies, 0, incidentId));
    }

    /** The newest incidents matching the filter, at most {@code limit}. */
    public List<Alert> incidents(Filter filter, int limit) {
        return Sql.read(database, "read the incidents", c -> {
            try (PreparedStatement select = c.prepareStatement(IncidentRows.SELECT
                    + " WHERE (? = 0 OR i.group_id = ?) AND (? = '' OR i.concern = ?) AND (? = '' OR i.status = ?)"
                    + " ORDER BY i.id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setLong(1, filter.groupId());
                select.setLong(2, filter.groupId());
                String concern = filter.concern().map(Enum::name).orElse("");
                select.setString(3, concern);
                select.setString(4, concern);
                String status = filter.status().map(Enum::name).orElse("");
                select.setString(5, status);
                select.setString(6, status);
                select.setInt(7, limit);
                List<Alert> alerts = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        alerts.add(IncidentRows.alert(row, policies, 0));
                    }
                }
                return alerts;
            }
        });
    }

    @Override
    public void transition(long incidentId, IncidentStatus status, AuditEntry entry, long escalateTo) {
        Sql.inTransaction(database, "record the review", c -> {
            setStatus(c, incidentId, status, entry);
            if (escalateTo != 0) {
                long group;
                try (PreparedStatement select = c.prepareStatement("SELECT group_id FROM incident WHERE id = ?")) {
                    select.setLong(1, incidentId);
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                        group = row.getLong(1);
                    }
                }
                Outbox.queue(c, "ESCALATION", incidentId, 0, group, escalateTo, entry.at());
            }
            return null;
        });
    }

    /** The incident's new status, with who and when, and the same in its audit trail. */
    private static void setStatus(java.sql.Connection c, long incidentId, IncidentStatus status, AuditEntry entry)
            throws java.sql.SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE incident SET status = ?, status_by = ?, status_at = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, Text.clip(entry.actorName(), 100));
            update.setObject(3, Sql.at(entry.at()));
            update.setLong(4, incidentId);
            update.executeUpdate();
        }
        audit(c, incidentId, entry);
    }

    private static void audit(java.sql.Connection c, long incidentId, AuditEntry entry) throws java.sql.SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO incident_audit (incident_id, action, actor_id,"
                + " actor_name, at, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, incidentId);
            insert.setString(2, entry.action());
            insert.setLong(3, entry.actorId());
            insert.setString(4, Text.clip(entry.actorName(), 100));
            insert.setObject(5, Sql.at(entry.at()));
            insert.setString(6, entry.note().isEmpty() ? null : Text.clip(entry.note(), 1000));
            insert.executeUpdate();
        }
    }

    @Override
    public List<AuditEntry> audit(long incidentId) {
        return Sql.read(database, "read the audit trail", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT action, actor_id, actor_name, at,"
                    + " COALESCE(note, '') FROM incident_audit WHERE incident_id = ? ORDER BY id")) {
                select.setLong(1, incidentId);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(new AuditEntry(row.getString(1), row.getLong(2), row.getString(3),
                                row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5)));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public long keepEvidence(long incidentId, Evidence evidence) {
        return Sql.inTransaction(database, "keep the evidence", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO removal_evidence (incident_id, excerpt,"
                    + " text_sha256, author_id, channel_id, message_at, edited_at, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, incidentId);
                insert.setString(2, Text.clip(evidence.excerpt(), 1000));
                insert.setString(3, evidence.textSha256());
                insert.setLong(4, evidence.authorId());
                insert.setLong(5, evidence.channelId());
                insert.setObject(6, Sql.at(evidence.sentAt()));
                insert.setObject(7, evidence.editedAt().map(Sql::at).orElse(null));
                insert.setObject(8, Sql.at(clock.instant()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void discardEvidence(long evidenceId) {
        Sql.inTransaction(database, "discard the evidence", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM removal_evidence WHERE id = ?")) {
                delete.setLong(1, evidenceId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public void removed(long incidentId, long evidenceId, AuditEntry entry) {
        Sql.inTransaction(database, "record the removal", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE removal_evidence SET removed_at = ? WHERE id = ?")) {
                update.setObject(1, Sql.at(entry.at()));
                update.setLong(2, evidenceId);
                update.executeUpdate();
            }
            setStatus(c, incidentId, IncidentStatus.REMOVED, entry);
            return null;
        });
    }

    /** How many times a group was flagged for one concern in some period. */
    public record GroupFlags(long groupId, Concern concern, int count) {
    }

    /** Flags per group and concern for messages sent from {@code from} (inclusive) to {@code to}. */
    public List<GroupFlags> flagsBetween(Instant from, Instant to) {
        return Sql.read(database, "count the flags", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT group_id, concern, COUNT(*) FROM incident"
                    + " WHERE message_at >= ? AND message_at < ? GROUP BY group_id, concern")) {
                select.setObject(1, Sql.at(from));
                select.setObject(2, Sql.at(to));
                List<GroupFlags> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.add(new GroupFlags(row.getLong(1), Concern.valueOf(row.getString(2)), row.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Every incident marked a false positive, oldest first, with the reviewer's latest reason and
     * what became of the same message's other concerns.
     */
    public List<FalsePositive> falsePositives() {
        return Sql.read(database, "read the false positives", c -> {
            java.util.Map<Long, java.util.List<String[]>> siblings = new java.util.HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT message_id, concern, status FROM incident"
                    + " WHERE message_id IN (SELECT message_id FROM incident WHERE status = 'FALSE_POSITIVE')");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    siblings.computeIfAbsent(row.getLong(1), m -> new ArrayList<>()).add(new String[] {
                        row.getString(2), row.getString(3)});
                }
            }
            List<FalsePositive> out = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT i.id, i.group_id, i.message_id, i.concern,"
                    + " i.excerpt, i.detectors, COALESCE(a.note, ''), COALESCE(a.at, i.status_at, i.detected_at)"
                    + " FROM incident i LEFT JOIN incident_audit a ON a.id = (SELECT MAX(x.id) FROM incident_audit x"
                    + " WHERE x.incident_id = i.id AND x.action = 'FALSE_POSITIVE')"
                    + " WHERE i.status = 'FALSE_POSITIVE' ORDER BY i.id");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Concern concern = Concern.valueOf(row.getString(4));
                    List<Concern> confirmed = new ArrayList<>();
                    List<Concern> open = new ArrayList<>();
                    for (String[] other : siblings.getOrDefault(row.getLong(3), List.of())) {
                        Concern c2 = Concern.valueOf(other[0]);
                        IncidentStatus status = IncidentStatus.valueOf(other[1]);
                        if (c2 == concern || status == IncidentStatus.FALSE_POSITIVE) {
                            continue;
                        }
                        (status == IncidentStatus.OPEN ? open : confirmed).add(c2);
                    }
                    out.add(new FalsePositive(row.getLong(1), row.getLong(2), concern, row.getString(5),
                            java.util.Arrays.stream(row.getString(6).split(",")).map(String::strip)
                                    .filter(d -> !d.isEmpty()).toList(),
                            row.getString(7), row.getObject(8, OffsetDateTime.class).toInstant(), confirmed, open));
                }
            }
            return out;
        });
    }

    /** Open (not closed) incidents per group. */
    public java.util.Map<Long, Integer> openIncidents() {
        return Sql.read(database, "count the open incidents", c -> {
            List<IncidentStatus> open = java.util.Arrays.stream(IncidentStatus.values()).filter(s -> !s.closed())
                    .toList();
            String marks = String.join(", ", java.util.Collections.nCopies(open.size(), "?"));
            try (PreparedStatement select = c.prepareStatement("SELECT group_id, COUNT(*) FROM incident"
                    + " WHERE status IN (" + marks + ") GROUP BY group_id")) {
                for (int i = 0; i < open.size(); i++) {
                    select.setString(i + 1, open.get(i).name());
                }
                java.util.Map<Long, Integer> out = new java.util.HashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.put(row.getLong(1), row.getInt(2));
                    }
                }
                return out;
            }
        });
    }
}
