package org.staffroomwarden.view;

/**
 * A button under a message.
 *
 * @param id what comes back when it is pressed, e.g. "review:RESOLVE:42"
 */
public record Button(String id, String label, Style style, boolean disabled) {

    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }
}
