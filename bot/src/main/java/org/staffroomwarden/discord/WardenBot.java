package org.staffroomwarden.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.staffroomwarden.alert.AlertSender;

/** The bot's connection to Discord: JDA, built with the three intents the bot needs and nothing cached it does not use. */
public final class WardenBot implements AutoCloseable {

    /** Messages and edits, their text (privileged), and the members (privileged) for governance. */
    public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MEMBERS);

    private final JDA jda;
    private final SltChannelGuard guard;

    private WardenBot(JDA jda, SltChannelGuard guard) {
        this.jda = jda;
        this.guard = guard;
    }

    /** Logs in and starts receiving events; {@link #awaitReady} waits for the groups to load. */
    public static WardenBot connect(String token, DiscordEndpoint endpoint, BotParts parts) {
        JDABuilder builder = JDABuilder.createLight(token, INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.ALL)
                .setEnableShutdownHook(false)
                .addEventListeners(new GatewayListener(parts));
        if (endpoint.simulated()) {
            String gateway = endpoint.gatewayUrl();
            builder.setRestConfig(new RestConfig().setBaseUrl(endpoint.restBaseUrl()))
                    .setSessionController(new ConcurrentSessionController() {
                        @Override
                        public String getGateway() {
                            return gateway;
                        }
                    })
                    .setCompression(Compression.NONE);
        }
        try {
            return new WardenBot(builder.build(), new SltChannelGuard(parts.sltChannelId(), parts.homeGuildId()));
        } catch (InvalidTokenException e) {
            throw new DiscordException("Discord refused the token: check DISCORD_TOKEN is the bot token from the"
                    + " Developer Portal (Bot > Reset Token)", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DiscordException("cannot connect to Discord: " + e.getMessage(), e);
        }
    }

    /** Waits until every group has loaded. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jda.getStatus() != JDA.Status.CONNECTED) {
            if (System.nanoTime() > deadline) {
                throw new DiscordException("Discord did not finish loading the groups in " + timeout.toSeconds()
                        + " s (status " + jda.getStatus() + "); check the network and try again", null);
            }
            Thread.sleep(20);
        }
    }

    /** What the alert outbox sends with. */
    public AlertSender alertSender() {
        return new DiscordAlertSender(jda, guard);
    }

    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
