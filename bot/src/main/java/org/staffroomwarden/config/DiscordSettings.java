package org.staffroomwarden.config;

/** How to reach Discord. The token never appears in {@link #toString()}. */
public record DiscordSettings(String token) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=" + (hasToken() ? "(set)" : "(none)") + "]";
    }
}
