package org.staffroomwarden.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroomwarden.config.AlertSettings;
import org.staffroomwarden.config.DiscordSettings;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.discord.BotLauncher;
import org.staffroomwarden.discord.DiscordEndpoint;
import org.staffroomwarden.simulator.SentRequest;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * {@code bench-alerts}: the whole bot's latency, from the simulated Discord dispatching a message to
 * it receiving the alert's POST, at steady message rates. One message in five breaks a rule; the
 * rest are ordinary logistics. Prints figures; asserts nothing.
 */
public final class AlertLatencyBench {

    private static final Pattern MESSAGE_ID = Pattern.compile("channels/\\d+/\\d+/(\\d+)\\)");
    private static final String[] CLEAN = {
        "Can someone cover 4B period 3 tomorrow?", "Parents' evening moved to Thursday 6pm, room 12.",
        "Reminder: Ofsted prep meeting after school in the hall.", "Thanks all, see you at INSET on Monday."};

    private final BotLauncher launcher;

    public AlertLatencyBench(BotLauncher launcher) {
        this.launcher = launcher;
    }

    public void run(Settings base, PrintStream out) throws Exception {
        try (SimulatedDiscord discord = SimulatedDiscord.start()) {
            SimUser head = discord.createUser("head", "Head");
            SimGuild home = discord.createGuild("SLT", head);
            SimRole slt = discord.createRole(home, "SLT", 0);
            SimChannel alerts = discord.createPrivateChannel(home, "slt-alerts", slt);
            discord.addBot(home);
            SimUser teacher = discord.createUser("teacher", "Teacher");
            SimGuild group = discord.createGuild("Year 4 Team", teacher);
            SimChannel general = discord.createTextChannel(group, "general");
            discord.addBot(group);
            Settings settings = base.withDiscord(DiscordSettings.single(discord.token(), home.id(), alerts.id()))
                    // Every alert its own post, so each has a latency: a burst post would carry many.
                    .withAlerts(new AlertSettings(true, Duration.ofMillis(100), Duration.ofSeconds(1), 0))
                    .withoutDigest();
            try (AutoCloseable bot = launcher.launch(settings, DiscordEndpoint.of(discord))) {
                out.println("alert latency: gateway dispatch -> alert POST received (1 message in 5 breaks a rule)");
                measure(discord, general, teacher, alerts, 100, 2, null);
                for (int rate : new int[] {100, 500}) {
                    measure(discord, general, teacher, alerts, rate, rate == 100 ? 10 : 4, out);
                }
            }
        }
    }

    private static void measure(SimulatedDiscord discord, SimChannel channel, SimUser author, SimChannel alerts,
            int perSecond, int seconds, PrintStream out) throws InterruptedException {
        int alreadyAlerted = discord.botMessagesIn(alerts).size();
        Map<Long, Long> dispatched = new HashMap<>();
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        int total = perSecond * seconds;
        int violating = 0;
        for (int i = 0; i < total; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            long before = System.nanoTime();
            if (i % 5 == 0) {
                SimMessage m = discord.post(channel, author, "call me on 07700 9" + String.format("%05d", i % 100_000));
                dispatched.put(m.id(), before);
                violating++;
            } else {
                discord.post(channel, author, CLEAN[i % CLEAN.length]);
            }
        }
        long sendDone = System.nanoTime();
        try {
            discord.awaitBotMessages(alerts, alreadyAlerted + violating, Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            // What did arrive is still measured: the line says how many alerts were received.
        }
        if (out == null) {
            return;
        }
        List<Long> latencies = new ArrayList<>();
        for (SentRequest request : discord.requests(r -> r.is("POST", "channels/" + alerts.id() + "/messages")
                && r.status() == 200)) {
            Matcher id = MESSAGE_ID.matcher(request.body().toString());
            if (id.find() && dispatched.containsKey(Long.parseLong(id.group(1)))) {
                latencies.add(request.receivedNanos() - dispatched.get(Long.parseLong(id.group(1))));
            }
        }
        latencies.sort(Long::compare);
        double achieved = total / ((sendDone - start) / 1e9);
        out.printf("  %3d msg/s (achieved %.0f), %d messages, %d alerts expected, %d received: p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n", perSecond, achieved, total, violating, latencies.size(), percentile(latencies, 0.50),
                percentile(latencies, 0.99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
