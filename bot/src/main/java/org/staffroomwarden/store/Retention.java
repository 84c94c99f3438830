package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Deletes what is older than the school's retention period: incidents (with their audit trail,
 * removal evidence and outbox rows, burst posts included), weekly digests, and governance breaches that were fixed.
 * Current state (groups, checks, open breaches, the roster, the staff directory) is kept.
 */
public final class Retention {

    /** How many of each were deleted. */
    public record Purged(int incidents, int digests, int breaches) {
    }

    private static final String OLD_INCIDENTS = "SELECT id FROM incident WHERE message_at < ?";
    private static final String OLD_DIGESTS = "SELECT id FROM weekly_digest WHERE taken_at < ?";
    private static final String OLD_BREACHES = "SELECT id FROM governance_breach WHERE recovered_at < ?";

    private final Database database;
    private final Duration keep;
    private final Clock clock;

    public Retention(Database database, Duration keep, Clock clock) {
        this.database = database;
        this.keep = keep;
        this.clock = clock;
    }

    /** Deletes everything older than the retention period, in one transaction. */
    public Purged purge() {
        OffsetDateTime cutoff = Sql.at(clock.instant().minus(keep));
        return Sql.inTransaction(database, "delete what is past its retention period", c -> {
            delete(c, "DELETE FROM alert_outbox WHERE incident_id IN (" + OLD_INCIDENTS + ")", cutoff);
            // A burst post's row goes with the last of the alerts it carried.
            try (PreparedStatement bursts = c.prepareStatement("DELETE FROM alert_outbox WHERE kind = 'BURST' AND"
                    + " NOT EXISTS (SELECT 1 FROM alert_outbox m WHERE m.burst_id = alert_outbox.id)")) {
                bursts.executeUpdate();
            }
            delete(c, "DELETE FROM incident_audit WHERE incident_id IN (" + OLD_INCIDENTS + ")", cutoff);
            delete(c, "DELETE FROM removal_evidence WHERE incident_id IN (" + OLD_INCIDENTS + ")", cutoff);
            int incidents = delete(c, "DELETE FROM incident WHERE message_at < ?", cutoff);
            delete(c, "DELETE FROM alert_outbox WHERE digest_id IN (" + OLD_DIGESTS + ")", cutoff);
            delete(c, "DELETE FROM digest_flags WHERE digest_id IN (" + OLD_DIGESTS + ")", cutoff);
            delete(c, "DELETE FROM digest_failing WHERE digest_id IN (" + OLD_DIGESTS + ")", cutoff);
            delete(c, "DELETE FROM digest_group WHERE digest_id IN (" + OLD_DIGESTS + ")", cutoff);
            int digests = delete(c, "DELETE FROM weekly_digest WHERE taken_at < ?", cutoff);
            delete(c, "DELETE FROM alert_outbox WHERE breach_id IN (" + OLD_BREACHES + ")", cutoff);
            int breaches = delete(c, "DELETE FROM governance_breach WHERE recovered_at < ?", cutoff);
            return new Purged(incidents, digests, breaches);
        });
    }

    private static int delete(Connection c, String sql, OffsetDateTime cutoff) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setObject(1, cutoff);
            return delete.executeUpdate();
        }
    }
}
