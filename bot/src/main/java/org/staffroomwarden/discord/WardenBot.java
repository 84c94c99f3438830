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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.alert.AlertSender;
import org.staffroomwarden.school.Schools;

/** The bot's connection to Discord: JDA, built with the three intents the bot needs and nothing cached it does not use. */
public final class WardenBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WardenBot.class);

    /** Messages and edits, their text (privileged), and the members (privileged) for governance. */
    public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MEMBERS);

    /** How often the bot looks whether a weekly digest has fallen due: it goes out within this of its time. */
    private static final Duration DIGEST_POLL = Duration.ofMinutes(5);

    /** How often the bot writes that it is alive: after a crash it reads back from the last beat. */
    private static final Duration HEARTBEAT = Duration.ofMinutes(1);

    private final JDA jda;
    private final SltChannelGuard guard;
    private final Schools schools;
    private final ExecutorService workers;
    private final ScheduledExecutorService governance;
    private final ExecutorService catchUp;

    private WardenBot(JDA jda, Schools schools, ExecutorService workers, ScheduledExecutorService governance,
            ExecutorService catchUp) {
        this.jda = jda;
        this.guard = new SltChannelGuard();
        this.schools = schools;
        this.workers = workers;
        this.governance = governance;
        this.catchUp = catchUp;
    }

    /**
     * Logs in and starts receiving events; {@link #awaitReady} waits for the groups to load.
     *
     * @param view what the core sees of Discord; given JDA here, once it is built
     */
    public static WardenBot connect(String token, DiscordEndpoint endpoint, BotParts parts, JdaView view) {
        ExecutorService workers = Executors.newFixedThreadPool(4, daemon("warden-interactions"));
        ScheduledExecutorService governance = Executors.newSingleThreadScheduledExecutor(daemon("warden-governance"));
        ExecutorService catchUp = Executors.newSingleThreadExecutor(daemon("warden-catch-up"));
        JDABuilder builder = JDABuilder.createLight(token, INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.ALL)
                .setEnableShutdownHook(false)
                .addEventListeners(new GatewayListener(parts, new CommandRegistry(), governance, catchUp),
                        new InteractionListener(parts.commands(), workers));
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
            JDA jda = builder.build();
            view.attach(jda);
            long every = parts.recheck().toMillis();
            governance.scheduleAtFixedRate(guarded("The daily governance checks failed: {}",
                    () -> parts.governance().recheckAll()), every, every, TimeUnit.MILLISECONDS);
            governance.scheduleWithFixedDelay(guarded("The weekly digest could not be queued: {}",
                    parts.digests()), 0, DIGEST_POLL.toMillis(), TimeUnit.MILLISECONDS);
            governance.scheduleAtFixedRate(guarded("Old records could not be deleted: {}",
                    parts.retention()), 0, Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
            governance.scheduleAtFixedRate(guarded("The bot's last-alive time could not be written: {}",
                    parts.heartbeat()), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
            return new WardenBot(jda, parts.schools(), workers, governance, catchUp);
        } catch (InvalidTokenException e) {
            workers.shutdownNow();
            governance.shutdownNow();
            catchUp.shutdownNow();
            throw new DiscordException("Discord refused the token: check DISCORD_TOKEN is the bot token from the"
                    + " Developer Portal (Bot > Reset Token)", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            workers.shutdownNow();
            governance.shutdownNow();
            catchUp.shutdownNow();
            throw new DiscordException("cannot connect to Discord: " + e.getMessage(), e);
        }
    }

    /**
     * A scheduled task that logs its failure and runs again next time (an executor stops repeating
     * a task that throws).
     *
     * @param failure the log line, with {@code {}} for the failure's message
     */
    private static Runnable guarded(String failure, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error(failure, e.getMessage());
            }
        };
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
        return new DiscordAlertSender(jda, guard, schools);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        // A catch-up cut short does not count as caught up: the next start reads the same stretch.
        catchUp.shutdownNow();
        governance.shutdownNow();
        workers.shutdown();
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
            // It may be writing the last-alive time; the database closes after this.
            catchUp.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
