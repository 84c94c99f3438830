package org.staffroomwarden.alert;

/** An incident SLT escalated: sent privately to the headteacher, redacted like the alert. */
public record Escalation(long outboxId, Alert alert, String escalatedBy, long headteacherId) implements Outgoing {

    @Override
    public String lane() {
        return "dm:" + headteacherId;
    }

    @Override
    public long groupId() {
        return alert.groupId();
    }
}
