package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.staffroomwarden.RunningBot;
import org.staffroomwarden.Wiring;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.store.Database;
import org.staffroomwarden.simulator.Permissions;
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
    final SimRole leads = discord.createRole(group, "Leads", Permissions.ADMINISTRATOR);
    final Path data;
    private final String config;
    private final List<OtherSchool> others = new ArrayList<>();
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
        // The SLT role comes from configuration; the headteacher is left for /warden setup. Other
        // schools of the trust are configured as a deployment would, in warden.trust.schools.
        String schools = "warden.school.name = \"Oakfield Primary\"\n"
                + "warden.discord { home-guild = \"" + home.id() + "\", slt-channel = \"" + sltChannel.id()
                + "\", slt-role = \"" + slt.id() + "\" }\n"
                + "warden.trust.schools = [" + others.stream().map(OtherSchool::hocon)
                        .collect(java.util.stream.Collectors.joining(", ")) + "]\n";
        // No weekly digest unless a test asks: it would post on some days of the week and not others.
        Settings settings = SettingsLoader.fromConfig(com.typesafe.config.ConfigFactory.parseString(
                schools + "warden.review.digest.enabled = false\n" + config
                        + "\nwarden.alerts { first-retry = 100ms, max-retry = 1s }"));
        return settings.withDataDir(data).withDiscord(settings.discord().withToken(discord.token()));
    }

    /** A staff group: its server and the channel its people talk in. */
    record Group(SimGuild guild, SimChannel general) {
    }

    /**
     * Another staff group with the bot in it, run by {@code owner} with {@code deputy} holding
     * Administrator too, so that admin rights are shared and it raises no governance breach.
     */
    Group addGroup(String name, SimUser owner, SimUser deputy) {
        SimGuild guild = discord.createGuild(name, owner);
        SimChannel channel = discord.createTextChannel(guild, "general");
        discord.addMember(guild, deputy, discord.createRole(guild, "Leads", Permissions.ADMINISTRATOR));
        discord.addBot(guild);
        return new Group(guild, channel);
    }

    /**
     * A second school of the same trust, with its own home server, SLT role, private SLT channel
     * (the role's holder {@code sltMember} in it), headteacher and staff. Added before the bot starts.
     */
    OtherSchool addSchool(String name, String slug) {
        OtherSchool other = new OtherSchool(name, slug);
        others.add(other);
        return other;
    }

    final class OtherSchool {
        final String name;
        final SimUser head;
        final SimUser sltMember;
        final SimUser teacher;
        final SimUser deputy;
        final SimGuild home;
        final SimRole slt;
        final SimChannel sltChannel;
        final List<Group> groups = new ArrayList<>();

        private OtherSchool(String name, String slug) {
            this.name = name;
            head = discord.createUser(slug + ".head", name + " Head");
            sltMember = discord.createUser(slug + ".deputy.head", name + " Deputy Head");
            teacher = discord.createUser(slug + ".teacher", name + " Teacher");
            deputy = discord.createUser(slug + ".lead", name + " Lead");
            home = discord.createGuild(name + " SLT", head);
            slt = discord.createRole(home, "SLT", 0);
            sltChannel = discord.createPrivateChannel(home, "slt-alerts", slt);
            discord.addMember(home, sltMember, slt);
            discord.addBot(home);
        }

        /** A staff group that configuration gives to this school. */
        Group addGroup(String groupName) {
            Group group = SimulatedSchool.this.addGroup(groupName, teacher, deputy);
            groups.add(group);
            return group;
        }

        private String hocon() {
            return "{ name = \"" + name + "\", home-guild = \"" + home.id() + "\", slt-channel = \"" + sltChannel.id()
                    + "\", slt-role = \"" + slt.id() + "\", headteacher = \"" + head.id() + "\", groups = ["
                    + groups.stream().map(g -> "\"" + g.guild().id() + "\"")
                            .collect(java.util.stream.Collectors.joining(", ")) + "] }";
        }
    }

    SimulatedSchool startBot() throws InterruptedException {
        return startBot(Clock.systemUTC());
    }

    /** @param clock the bot's clock, e.g. moved on to when a weekly digest falls due */
    SimulatedSchool startBot(Clock clock) throws InterruptedException {
        bot = Wiring.bot(settings(), DiscordEndpoint.of(discord), clock);
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
        SimResponse answer = interaction.awaitAnswer(WAIT);
        assertEquals(SimResponse.DEFERRED_REPLY, interaction.responses().get(0).callbackType(), "deferred at once");
        return answer;
    }

    /** Presses a button and returns what the bot did: a new form, or its later edit or private line. */
    SimResponse press(SimMessage message, SimUser user, String customId) throws InterruptedException, TimeoutException {
        return discord.clickButton(message, user, customId).awaitAnswer(WAIT);
    }

    /** A check that may read the database. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until the condition holds, checking every 20 ms, for at most {@link #WAIT}. */
    static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.holds()) {
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
