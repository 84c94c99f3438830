package org.staffroomwarden.scan;

/** What a message can be flagged for; the meanings are those of spec/categories.md. */
public enum Category {
    PERSONAL_DATA,
    CREDENTIALS,
    BANTER,
    SOCIAL_PLANNING,
    INAPPROPRIATE_LANGUAGE,
    DEROGATORY;

    /** Categories whose findings are hidden in redacted text, because showing them discloses them. */
    public boolean redacted() {
        return this == PERSONAL_DATA || this == CREDENTIALS;
    }
}
