package org.staffroomwarden.config;

/** The key pupils' names are hashed with. It never appears in {@link #toString()}. */
public record RosterSettings(String key) {

    public boolean hasKey() {
        return key != null && !key.isEmpty();
    }

    @Override
    public String toString() {
        return "RosterSettings[key=" + (hasKey() ? "(set)" : "(none)") + "]";
    }
}
