package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.staffroomwarden.RunningBot;
import org.staffroomwarden.Wiring;
import org.staffroomwarden.config.DiscordSettings;
import org.staffroomwarden.config.SchoolConfig;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.store.Database;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimInteraction;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * The end-to-end fixture: a simulated Discord with a school's home server (a private SLT channel)
 * and one staff group, and the real bot (real JDA, real H2 file) connected to it.
 */
final class SimulatedSchool implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final SimulatedDiscord discord = SimulatedDiscord.start();
    final JdaLogWatch jdaLog = new JdaLogWatch();
    final SimUser head = discord.createUser("head.teacher", "Mrs Okafor");
    final SimUser teacher = discord.createUser("sam.carter", "Sam Carter");
    final SimUser assistant = discord.createUser("priya.shah", "Priya Shah");
    final SimGuild home = discord.createGuild("Oakfield SLT", head);
    final SimRole slt = discord.createRole(home, "SLT", 0);
    final SimChannel sltChannel = discord.createPrivateChannel(home, "slt-alerts", slt);
    final SimGuild group = discord.createGuild("Year 4 Team", teacher);
    final SimChannel general = discord.createTextChannel(group, "general");
    /** Admin rights shared by two members of staff, so the group starts with no governance breach. */
    final SimRole leads = discord.createRole(group, "Leads", org.staffroomwarden.simulator.Permissions.ADMINISTRATOR);
    final Path data;
    private final String config;
    private RunningBot bot;

    SimulatedSchool(Path data) {
        this(data, "");
    }

    /** @param config HOCON over the fixture's own settings, e.g. "warden.governance.grace = 0s" */
    SimulatedSchool(Path data, String config) {
        this.data = data;
        this.config = config;
        jdaLog.watch(discord.restBaseUrl());
        discord.addMember(group, assistant, leads);
        discord.addBot(home);
        discord.addBot(group);
    }

    Settings settings() {
        // No weekly digest unless a test asks: it would post on some days of the week and not others.
        Settings defaults = SettingsLoader.fromConfig(com.typesafe.config.ConfigFactory.parseString(
                "warden.review.digest.enabled = false\n" + config
                        + "\nwarden.alerts { first-retry = 100ms, max-retry = 1s }"));
        // The SLT role comes from configuration; the headteacher is left for /warden setup.
        return defaults.withDataDir(data).withDiscord(new DiscordSettings(discord.token(), List.of(
                new SchoolConfig("Oakfield Primary", home.id(), sltChannel.id(), slt.id(), 0, List.of()))));
    }

    SimulatedSchool startBot() throws InterruptedException {
        return startBot(Clock.systemUTC());
    }

    /** @param clock the bot's clock, e.g. moved on to when a weekly digest falls due */
    SimulatedSchool startBot(Clock clock) throws InterruptedException {
        bot = Wiring.bot(settings(), new DiscordEndpoint(discord.restBaseUrl(), discord.gatewayUrl()), clock);
        bot.awaitReady(WAIT);
        return this;
    }

    void stopBot() {
        if (bot != null) {
            bot.close();
            bot = null;
        }
    }

    /** A number from the bot's database, whether the bot is running or not. */
    long count(String sql) throws java.sql.SQLException {
        if (bot != null) {
            return count(bot.database(), sql);
        }
        try (Database database = Wiring.database(settings())) {
            return count(database, sql);
        }
    }

    private static long count(Database database, String sql) throws java.sql.SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    List<SimMessage> awaitAlerts(int count) throws InterruptedException, TimeoutException {
        return discord.awaitBotMessages(sltChannel, count, WAIT);
    }

    List<SimMessage> alerts() {
        return discord.botMessagesIn(sltChannel);
    }

    /** Waits until the bot has seen a marker message, so that everything posted before it was handled. */
    void settle() throws InterruptedException, TimeoutException {
        int before = alerts().size();
        SimMessage marker = discord.post(general, teacher, "ring me on 07700 900999 please");
        List<SimMessage> after = awaitAlerts(before + 1);
        assertEquals(before + 1, after.size(), "only the marker's alert");
        SimMessage last = after.get(after.size() - 1);
        assertEquals(true, last.embeds().toString().contains(Long.toString(marker.id())), "the marker's alert is last");
    }

    /** Runs a slash command and returns the bot's answer: it defers, then edits its reply. */
    SimResponse command(SimGuild guild, SimChannel channel, SimUser user, String command, String subcommand,
            Map<String, Object> options) throws InterruptedException, TimeoutException {
        SimInteraction interaction = discord.runCommand(guild, channel, user, command, subcommand, options);
        List<SimResponse> responses = interaction.awaitResponses(2, WAIT);
        assertEquals(SimResponse.DEFERRED_REPLY, responses.get(0).callbackType(), "deferred at once");
        return responses.get(1);
    }

    /** Presses a button and returns what the bot did: a new form, or its later edit or private line. */
    SimResponse press(SimMessage message, SimUser user, String customId) throws InterruptedException, TimeoutException {
        SimInteraction interaction = discord.clickButton(message, user, customId);
        SimResponse first = interaction.awaitResponse(WAIT);
        if (first.callbackType() != SimResponse.DEFERRED_UPDATE) {
            return first;
        }
        return interaction.awaitResponses(2, WAIT).get(1);
    }

    /** The custom id of the message's button with this label. */
    static String button(SimMessage message, String label) {
        return message.buttons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + message.buttons())).customId();
    }

    /** Waits until the condition holds, checking every 20 ms. */
    static void await(String what, java.util.function.BooleanSupplier condition)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        try {
            stopBot();
            discord.close();
        } finally {
            jdaLog.close();
        }
        assertEquals(List.of(), jdaLog.problems(), "JDA logged warnings or errors");
    }
}
