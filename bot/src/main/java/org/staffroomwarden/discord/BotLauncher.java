package org.staffroomwarden.discord;

import org.staffroomwarden.config.Settings;

/** Starts the real bot against an endpoint and returns once it is ready. */
@FunctionalInterface
public interface BotLauncher {

    AutoCloseable launch(Settings settings, DiscordEndpoint endpoint) throws InterruptedException;
}
