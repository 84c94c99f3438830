package org.staffroomwarden.config;

/**
 * How to reach Discord, and where alerts go. The token never appears in {@link #toString()}.
 *
 * @param homeGuildId the guild SLT work in; 0 when not set
 * @param sltChannelId the private channel alerts are posted to; 0 when not set
 */
public record DiscordSettings(String token, long homeGuildId, long sltChannelId) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    public DiscordSettings withToken(String newToken) {
        return new DiscordSettings(newToken, homeGuildId, sltChannelId);
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=" + (hasToken() ? "(set)" : "(none)") + ", homeGuildId=" + homeGuildId
                + ", sltChannelId=" + sltChannelId + "]";
    }
}
