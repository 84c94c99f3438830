package org.staffroomwarden.review;

import org.staffroomwarden.view.Button;

/** The buttons on every alert, and the status each leads to. */
public enum ReviewAction {
    ACKNOWLEDGE("Acknowledge", IncidentStatus.ACKNOWLEDGED, Button.Style.PRIMARY),
    RESOLVE("Resolve", IncidentStatus.RESOLVED, Button.Style.SUCCESS),
    FALSE_POSITIVE("False positive", IncidentStatus.FALSE_POSITIVE, Button.Style.SECONDARY),
    REMOVE_MESSAGE("Remove message", IncidentStatus.REMOVED, Button.Style.DANGER),
    ESCALATE("Escalate to headteacher", IncidentStatus.ESCALATED, Button.Style.SECONDARY);

    private static final String PREFIX = "review:";

    private final String label;
    private final IncidentStatus result;
    private final Button.Style style;

    ReviewAction(String label, IncidentStatus result, Button.Style style) {
        this.label = label;
        this.result = result;
        this.style = style;
    }

    public String label() {
        return label;
    }

    public IncidentStatus result() {
        return result;
    }

    public Button button(long incidentId, boolean disabled) {
        return new Button(PREFIX + name() + ":" + incidentId, label, style, disabled);
    }

    /** The action and incident a button id names, e.g. "review:RESOLVE:42". */
    public static java.util.Optional<Target> parse(String buttonId) {
        String[] parts = buttonId.split(":");
        if (parts.length != 3 || !buttonId.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Target(valueOf(parts[1]), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A pressed review button: what, on which incident. */
    public record Target(ReviewAction action, long incidentId) {
    }
}
