package org.staffroomwarden.demo;

import org.staffroomwarden.config.Settings;
import org.staffroomwarden.discord.DiscordEndpoint;

/** Starts the real bot against an endpoint and returns once it is ready. */
@FunctionalInterface
public interface BotLauncher {

    AutoCloseable launch(Settings settings, DiscordEndpoint endpoint) throws InterruptedException;
}
