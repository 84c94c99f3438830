package org.staffroomwarden.governance;

/** Where a check stands. */
public enum CheckStatus {
    PASS("✅ pass"),
    FAIL("❌ fail"),
    /** Not yet judged: within the grace period, or something it needs is missing (no directory, no headteacher). */
    PENDING("⏳ pending");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
