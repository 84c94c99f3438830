package org.staffroomwarden.review;

import java.util.List;
import java.util.Optional;
import org.staffroomwarden.alert.Alert;

/** Where incidents' review states, audit trails and evidence are kept. */
public interface ReviewRecords {

    Optional<Alert> incident(long incidentId);

    /**
     * Moves the incident to {@code status} and adds {@code entry} to its trail, in one transaction;
     * with {@code escalateTo} not 0, also queues the incident for that person privately.
     */
    void transition(long incidentId, IncidentStatus status, AuditEntry entry, long escalateTo);

    List<AuditEntry> audit(long incidentId);

    /** Keeps the copy; returns its id. */
    long keepEvidence(long incidentId, Evidence evidence);

    /** The removal did not happen: the copy goes, the incident stays as it was. */
    void discardEvidence(long evidenceId);

    /** The message is gone: the copy is marked removed, and the incident with it. */
    void removed(long incidentId, long evidenceId, AuditEntry entry);
}
