package org.staffroomwarden.discord;

import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * Where JDA connects: Discord itself, or a simulated Discord on 127.0.0.1.
 *
 * @param restBaseUrl e.g. {@code http://127.0.0.1:PORT/api/v10/}; null for Discord
 * @param gatewayUrl e.g. {@code ws://127.0.0.1:PORT/gateway}; null for Discord
 */
public record DiscordEndpoint(String restBaseUrl, String gatewayUrl) {

    public static DiscordEndpoint discord() {
        return new DiscordEndpoint(null, null);
    }

    /** The simulated Discord's REST routes and gateway. */
    public static DiscordEndpoint of(SimulatedDiscord discord) {
        return new DiscordEndpoint(discord.restBaseUrl(), discord.gatewayUrl());
    }

    boolean simulated() {
        return restBaseUrl != null;
    }
}
