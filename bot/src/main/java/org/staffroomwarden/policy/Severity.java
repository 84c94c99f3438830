package org.staffroomwarden.policy;

/** How urgently SLT should look. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
