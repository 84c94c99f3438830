package org.staffroomwarden.review;

/** Where an incident stands in review. */
public enum IncidentStatus {
    OPEN("Open", false),
    ACKNOWLEDGED("Acknowledged", false),
    ESCALATED("Escalated to the headteacher", false),
    RESOLVED("Resolved", true),
    FALSE_POSITIVE("False positive", true),
    REMOVED("Message removed", true);

    private final String label;
    private final boolean closed;

    IncidentStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    /** Closed incidents take no more actions. */
    public boolean closed() {
        return closed;
    }
}
