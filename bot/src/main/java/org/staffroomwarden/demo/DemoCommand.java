package org.staffroomwarden.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.staffroomwarden.config.AlertSettings;
import org.staffroomwarden.config.DiscordSettings;
import org.staffroomwarden.config.GovernanceSettings;
import org.staffroomwarden.config.SchoolConfig;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.discord.BotLauncher;
import org.staffroomwarden.discord.DiscordEndpoint;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * The whole bot in one command, without a Discord token: a simulated Discord with a school's SLT
 * server and a Year 4 staff group run by a single admin, the real bot connected to it, a scripted
 * conversation that breaks every rule once (and is clean in between), and the SLT channel printed.
 */
public final class DemoCommand {

    /** The bot has settled when the SLT channel has been quiet this long after the script. */
    private static final Duration QUIET = Duration.ofMillis(1_500);
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private final BotLauncher launcher;

    public DemoCommand(BotLauncher launcher) {
        this.launcher = launcher;
    }

    public void run(Settings base, PrintStream out) throws Exception {
        try (SimulatedDiscord discord = SimulatedDiscord.start()) {
            SimUser head = discord.createUser("a.okafor", "Mrs Okafor (Head)");
            SimUser deputy = discord.createUser("d.reid", "Mr Reid (Deputy)");
            SimUser sam = discord.createUser("sam.carter", "Sam Carter");
            SimUser priya = discord.createUser("priya.shah", "Priya Shah");
            SimUser tom = discord.createUser("tom.hughes", "Tom Hughes");
            SimUser jo = discord.createUser("jo.bell", "Jo Bell");

            SimGuild home = discord.createGuild("Oakfield Primary SLT", head);
            SimRole slt = discord.createRole(home, "SLT", 0);
            discord.addMember(home, deputy, slt);
            SimChannel alerts = discord.createPrivateChannel(home, "slt-alerts", slt);
            discord.addBot(home);

            // One admin only (the owner): the governance checks will call this out.
            SimGuild group = discord.createGuild("Year 4 Team", sam);
            SimChannel general = discord.createTextChannel(group, "general");
            for (SimUser member : List.of(priya, tom, jo)) {
                discord.addMember(group, member);
            }

            Settings settings = base.withDiscord(new DiscordSettings(discord.token(), List.of(new SchoolConfig(
                    "Oakfield Primary", home.id(), alerts.id(), 0, 0, List.of())), base.discord().catchUp()))
                    // No grace period, and no device attestations asked for: the checks show at once.
                    .withGovernance(new GovernanceSettings(Duration.ZERO, 0.0, Duration.ofHours(24)))
                    // The weekly digest would appear on some days and not others.
                    .withoutDigest();
            // Retries at demo speed: the script has no 429s, but a busy machine may be slow. No burst posts:
            // the script posts faster than anyone types, and the transcript shows each alert's own card.
            settings = settings.withAlerts(new AlertSettings(settings.alerts().media(), Duration.ofMillis(200),
                    Duration.ofSeconds(2), 0));
            out.println("Staffroom Warden demo: a simulated Discord on " + discord.restBaseUrl().replace("/api/v10/", "")
                    + ", the real bot, data in " + settings.store().dataDir());
            try (AutoCloseable bot = launcher.launch(settings, DiscordEndpoint.of(discord))) {
                Map<Long, String> names = new LinkedHashMap<>();
                List.of(head, deputy, sam, priya, tom, jo).forEach(u -> names.put(u.id(), u.displayName()));
                SimChannel lobby = discord.createTextChannel(home, "staffroom");
                out.println();
                out.println("Set-up: Mrs Okafor (the home server's owner) runs /warden setup:");
                String setUp = discord.runCommand(home, lobby, head, "warden", "setup",
                        Map.of("headteacher", head, "slt-role", slt)).awaitAnswer(LIMIT).content();
                out.println("  " + SltTranscript.people(setUp, names).replace("<@&" + slt.id() + ">", "@SLT")
                        .replace("<#" + alerts.id() + ">", "#slt-alerts").replace("\n", "\n  "));

                discord.addBot(group);
                discord.awaitBotMessages(general, 1, LIMIT);
                out.println();
                out.println("The bot joined \"Year 4 Team\" and posted its notice in #general:");
                out.println("  " + discord.botMessagesIn(general).get(0).content().replace("\n", "\n  "));
                SimMessage notice = discord.awaitDirectMessages(head, 1, LIMIT).get(0);
                out.println();
                out.println("It told the headteacher privately, with an Acknowledge button:");
                out.println(SltTranscript.render(notice, names));

                Script script = new Script(discord, general, sam, priya, tom, jo);
                script.play();
                out.println("The group then had a conversation of " + script.posted() + " messages (" + script.clean()
                        + " of them ordinary work talk), one edit, one picture and a thread.");
                awaitQuiet(discord, alerts);

                out.println();
                out.println("Fixing the group live:");
                SimRole leads = discord.createRole(group, "Phase leads", Permissions.MANAGE_SERVER);
                discord.setRoles(group, priya, leads);
                out.println("  Sam gives Priya Manage Server: admin rights are now shared.");
                out.println("  Sam runs /group purpose: " + discord.runCommand(group, general, sam, "group", "purpose",
                        Map.of("purpose", "Year 4 team: planning, cover, trips and parents' evening"))
                        .awaitAnswer(LIMIT).content().lines().findFirst().orElse(""));
                out.println("  Mrs Okafor presses Acknowledge: " + discord.clickButton(notice, head,
                        notice.buttonId("Acknowledge")).awaitAnswer(LIMIT).content());

                SimMessage phone = discord.botMessagesIn(alerts).stream()
                        .filter(m -> m.embeds().toString().contains("[PHONE]")).findFirst().orElseThrow();
                out.println();
                out.println("One alert through the workflow: Mr Reid (SLT) presses Acknowledge, then Remove message"
                        + " (the bot keeps a redacted copy and a hash as evidence first).");
                discord.clickButton(phone, deputy, phone.buttonId("Acknowledge")).awaitAnswer(LIMIT);
                discord.clickButton(phone, deputy, phone.buttonId("Remove message")).awaitAnswer(LIMIT);
                awaitQuiet(discord, alerts);

                List<SimMessage> received = discord.botMessagesIn(alerts);
                out.println();
                out.println("The SLT channel #slt-alerts now holds " + received.size() + " alerts (each updated in"
                        + " place as it was handled or fixed):");
                out.println();
                Map<String, Integer> byConcern = new LinkedHashMap<>();
                int governance = 0;
                for (SimMessage message : received) {
                    out.println(SltTranscript.render(message, names));
                    for (var embed : message.embeds()) {
                        String title = embed.path("title").asText();
                        if (title.startsWith("✅") || title.startsWith("❌")) {
                            governance++;
                        } else {
                            byConcern.merge(SltTranscript.concern(embed), 1, Integer::sum);
                        }
                    }
                }
                out.println("In all: " + governance + " governance checks (each fixed), and messages: "
                        + byConcern.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ". Personal data, passwords and codes never left the"
                        + " group: the alerts show [PHONE], [CREDENTIAL] and the like in their place.");

                SimResponse compliance = discord.runCommand(home, lobby, head, "compliance", null, Map.of())
                        .awaitAnswer(LIMIT);
                out.println();
                out.println("Mrs Okafor runs /compliance (only she sees the answer):");
                out.println("Warden: " + compliance.content());
                for (var embed : compliance.embeds()) {
                    for (var field : embed.path("fields")) {
                        out.println("  " + field.path("name").asText() + ": " + field.path("value").asText()
                                .replace("\n", " · "));
                    }
                }
                compliance.files().forEach(f -> out.println("  (with " + f.filename() + ", a chart of flags per group"
                        + " over the last 4 weeks: " + f.bytes().length / 1024 + " KB)"));
            }
        }
    }

    private static void awaitQuiet(SimulatedDiscord discord, SimChannel alerts) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = discord.botMessagesIn(alerts).size();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= QUIET.toNanos()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** The staff group's conversation. Every name, number and code in it is invented. */
    private static final class Script {

        private final SimulatedDiscord discord;
        private final SimChannel general;
        private final SimUser sam;
        private final SimUser priya;
        private final SimUser tom;
        private final SimUser jo;
        private int posted;
        private int clean;

        Script(SimulatedDiscord discord, SimChannel general, SimUser sam, SimUser priya, SimUser tom, SimUser jo) {
            this.discord = discord;
            this.general = general;
            this.sam = sam;
            this.priya = priya;
            this.tom = tom;
            this.jo = jo;
        }

        void play() {
            cleanly(priya, "Morning all, can someone cover 4B period 3? I'm at the SENCo meeting.");
            cleanly(tom, "I can take 4B p3, no problem.");
            cleanly(sam, "Thanks Tom. Parents' evening moved to Thursday 6pm, room 12.");
            cleanly(jo, "Reminder: Ofsted prep meeting after school in the hall.");
            say(sam, "If anyone needs me tonight ring my mobile on 07700 900123");
            say(priya, "Leo Martin in 4B has been diagnosed with ADHD and his mum is on antidepressants");
            say(tom, "The new photocopier login is staff / Oakfield2024! if you need it");
            say(jo, "Did you see what Mr Hughes wore to assembly? Apparently he's dating one of the dinner ladies lol");
            say(sam, "Drinks at the Red Lion on Friday after work? Who's in?");
            say(tom, "This bloody photocopier is jammed again, what a load of shit");
            say(priya, "Honestly the parents in 4C are thick as mud, no wonder their kids can't read");
            discord.post(general, jo, "From the trip", List.<String[]>of(new String[] {"farm-trip-4B.jpg", "image/jpeg"}));
            posted++;
            SimMessage notes = cleanly(tom, "Staff meeting notes are on the shared drive");
            discord.edit(notes, "Staff meeting notes are on the shared drive, the door code is 4471");
            SimChannel thread = discord.createThread(general, "Spring trip");
            cleanly(sam, "Coach booked for the farm trip, leaving 9:15");
            discord.post(thread, priya, "Risk assessment is done, consent forms go home Monday");
            posted++;
            clean++;
        }

        private SimMessage say(SimUser author, String text) {
            posted++;
            return discord.post(general, author, text);
        }

        private SimMessage cleanly(SimUser author, String text) {
            clean++;
            return say(author, text);
        }

        int posted() {
            return posted;
        }

        int clean() {
            return clean;
        }
    }
}
