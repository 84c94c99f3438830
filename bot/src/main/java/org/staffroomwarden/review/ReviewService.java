package org.staffroomwarden.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.staffroomwarden.access.Caller;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.view.Text;

/**
 * Carries out SLT's review actions on an incident: checks the action makes sense now, records it
 * with who and when, and for Remove message keeps the evidence before the message goes.
 */
public final class ReviewService {

    private final ReviewRecords records;
    private final GroupMessages messages;
    private final UnaryOperator<String> redact;
    private final Runnable ring;
    private final Clock clock;

    /**
     * @param redact hides personal data in text before it is stored (reasons, evidence)
     * @param ring told when an escalation is waiting in the outbox
     */
    public ReviewService(ReviewRecords records, GroupMessages messages, UnaryOperator<String> redact, Runnable ring,
            Clock clock) {
        this.records = records;
        this.messages = messages;
        this.redact = redact;
        this.ring = ring;
        this.clock = clock;
    }

    public Optional<Alert> incident(long incidentId) {
        return records.incident(incidentId);
    }

    /** Why the action cannot be taken on the incident, as just loaded, now; empty when it can. */
    public Optional<String> refusal(Alert incident, ReviewAction action, long headteacherId) {
        long incidentId = incident.incidentId();
        IncidentStatus status = incident.status();
        if (status.closed()) {
            return Optional.of("Incident " + incidentId + " is already closed: " + status.label().toLowerCase()
                    + " by " + incident.statusBy() + ".");
        }
        if (status == action.result() || action == ReviewAction.ACKNOWLEDGE && status == IncidentStatus.ESCALATED) {
            return Optional.of("Incident " + incidentId + " is already " + status.label().toLowerCase() + " by "
                    + incident.statusBy() + ".");
        }
        if (action == ReviewAction.ESCALATE && headteacherId == 0) {
            return Optional.of("No headteacher is registered: an Administrator of the home server sets one with"
                    + " /warden setup.");
        }
        return Optional.empty();
    }

    /**
     * Acknowledge, resolve, false positive or escalate the incident, as just loaded.
     *
     * @param note the reason given (for a false positive); redacted before it is stored
     */
    public ReviewOutcome act(Alert incident, ReviewAction action, Caller caller, String note, long headteacherId) {
        if (action == ReviewAction.REMOVE_MESSAGE) {
            return remove(incident, caller);
        }
        Optional<String> refused = refusal(incident, action, headteacherId);
        if (refused.isPresent()) {
            return new ReviewOutcome.Refused(refused.get());
        }
        boolean escalate = action == ReviewAction.ESCALATE;
        records.transition(incident.incidentId(), action.result(), entry(action, caller, redact.apply(note)),
                escalate ? headteacherId : 0);
        if (escalate) {
            ring.run();
        }
        return new ReviewOutcome.Done(records.incident(incident.incidentId()).orElseThrow());
    }

    /**
     * Removes the flagged message from its group after keeping a redacted copy and a hash of it.
     * If the bot may not remove it, nothing changes.
     */
    public ReviewOutcome remove(Alert incident, Caller caller) {
        Optional<String> refused = refusal(incident, ReviewAction.REMOVE_MESSAGE, 0);
        if (refused.isPresent()) {
            return new ReviewOutcome.Refused(refused.get());
        }
        Optional<String> cannot = messages.cannotRemove(incident.message());
        if (cannot.isPresent()) {
            return new ReviewOutcome.Refused("I can't remove the message: " + cannot.get() + " Nothing was changed.");
        }
        Optional<GroupMessages.Current> current = messages.fetch(incident.message());
        if (current.isEmpty()) {
            return new ReviewOutcome.Refused("The message no longer exists in Discord (its author or an admin"
                    + " deleted it). Resolve the incident instead.");
        }
        GroupMessages.Current message = current.get();
        long incidentId = incident.incidentId();
        String hash = sha256(message.text());
        long evidence = records.keepEvidence(incidentId, new Evidence(Text.excerpt(redact.apply(message.text()), 1000),
                hash, message.authorId(), message.channelId(), message.sentAt(), message.editedAt()));
        Optional<String> failed = messages.delete(incident.message());
        if (failed.isPresent()) {
            records.discardEvidence(evidence);
            return new ReviewOutcome.Refused("Discord refused to remove the message: " + failed.get()
                    + " Nothing was changed.");
        }
        records.removed(incidentId, evidence, entry(ReviewAction.REMOVE_MESSAGE, caller,
                "copy kept as evidence (redacted text and SHA-256 " + hash.substring(0, 12) + "…)"));
        return new ReviewOutcome.Done(records.incident(incidentId).orElseThrow());
    }

    private AuditEntry entry(ReviewAction action, Caller caller, String note) {
        return new AuditEntry(action.name(), caller.userId(), caller.name(), clock.instant(), note == null ? "" : note);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
