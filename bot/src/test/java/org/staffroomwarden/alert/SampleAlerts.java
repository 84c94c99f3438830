package org.staffroomwarden.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.staffroomwarden.monitor.MessageRef;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.policy.PolicyRule;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.scan.DetectorKind;
import org.staffroomwarden.scan.FindingType;

/** Alerts for the tests: ordinary ones, and ones as long as every part can be. */
final class SampleAlerts {

    static final Instant SENT = Instant.parse("2026-11-21T08:55:00Z");

    private SampleAlerts() {
    }

    /** Incident {@code id} from outbox row {@code id}, in group 1. */
    static Alert alert(long id) {
        return alert(id, 1);
    }

    static Alert alert(long id, long groupId) {
        return new Alert(id, id, Concern.PERSONAL_DATA, Severity.HIGH, new PolicyRule("r", Concern.PERSONAL_DATA,
                "Personal or sensitive data is not posted.", "TSSMAT"), "Year 4", "general", "Sam Carter", 7, SENT,
                "ring me on [PHONE] tonight", new MessageRef(groupId, 2, 3000 + id), List.of(FindingType.PHONE),
                Set.of(DetectorKind.RULE), IncidentStatus.OPEN, "", SENT);
    }

    /** Every name and text at Discord's or the store's longest, every id at its longest. */
    static Alert longest(long id) {
        String rule = "Use of social media in a professional capacity must not bully, harass or be discriminatory in"
                + " any way, or be defamatory or derogatory.";
        return new Alert(id, 9_000_000_000_000_000_000L + id, Concern.INAPPROPRIATE_LANGUAGE, Severity.MEDIUM,
                new PolicyRule("r", Concern.INAPPROPRIATE_LANGUAGE, rule, "Robson House"), "G".repeat(100),
                "c".repeat(100), "A".repeat(100), 7, SENT, "[NAME] said ".repeat(25),
                new MessageRef(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE), List.of(FindingType.PHONE),
                Set.of(DetectorKind.RULE), IncidentStatus.OPEN, "", SENT);
    }
}
