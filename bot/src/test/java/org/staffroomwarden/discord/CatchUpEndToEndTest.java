package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SentRequest;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * After downtime, through the simulated Discord: the bot reads back what staff posted while it
 * was down, alerts on it once, and never again on a later restart.
 */
class CatchUpEndToEndTest {

    @TempDir
    Path data;

    private final WardenLog log = new WardenLog();

    @AfterEach
    void closeLog() {
        log.close();
    }

    private static long alertsFor(SimulatedSchool school, SimMessage message) {
        return school.alerts().stream().filter(a -> a.embeds().toString().contains(Long.toString(message.id())))
                .count();
    }

    private static List<SentRequest> historyRequests(SimulatedDiscord discord, SimChannel channel) {
        return discord.requests(r -> r.is("GET", "channels/" + channel.id() + "/messages"));
    }

    @Test
    void whatWasSentWhileTheBotWasDownIsScannedOnceWithinTheWindowWhereItMayReadBack() throws Exception {
        try (SimulatedSchool school = new SimulatedSchool(data)) {
            SimulatedDiscord discord = school.discord;
            // The bot sees #staffroom, and scans it live, but may not read back its history.
            SimChannel staffroom = discord.createTextChannel(school.group, "staffroom");
            discord.setOverwrite(staffroom, discord.botUser().id(), true, 0, Permissions.READ_MESSAGE_HISTORY);
            // The bot last ran five days ago: longer than the three-day catch-up.
            school.startBot(Clock.offset(Clock.systemUTC(), Duration.ofDays(-5)));
            log.await("Nothing to catch up", 1);
            school.stopBot();

            SimMessage tooOld = discord.postEarlier(school.general, school.teacher, "my number is 07700 900111",
                    Instant.now().minus(Duration.ofDays(4)));
            SimMessage missed = discord.post(school.general, school.teacher, "ring me on 07700 900222 tonight");
            discord.post(school.general, school.assistant, "the trip forms are in the office");
            SimMessage unreadable = discord.post(staffroom, school.teacher, "ring me on 07700 900333 instead");

            school.startBot();
            school.awaitAlerts(1);
            log.await("Caught up", 1);
            // The marker is scanned after everything read back, so any further alert would come before its own.
            school.settle();
            assertEquals(2, school.alerts().size(), "the missed message's alert, then the marker's");
            assertEquals(1, alertsFor(school, missed));
            assertEquals(0, alertsFor(school, tooOld), "sent before the catch-up window");
            assertEquals(0, alertsFor(school, unreadable), "in a channel the bot may not read back");
            assertEquals(List.of(), historyRequests(discord, staffroom));
            assertEquals(1, log.count("WARN Catch-up skips channel " + staffroom.id()
                    + " in group " + school.group.id() + ": the bot lacks Read Message History"), log.lines().toString());
            assertEquals(1, log.count("WARN The bot was down for longer than warden.discord.catch-up"));
            assertEquals(1, log.count("Caught up 2 message(s)"), "the two in #general: " + log.lines());
            assertEquals(0, log.count("07700"), "no message text in the log");

            school.stopBot();
            school.startBot();
            log.await("Caught up", 2);
            school.settle();
            assertEquals(1, alertsFor(school, missed), "read back again, not alerted again");
            assertEquals(3, school.alerts().size(), "only the second marker's alert is new");
            assertEquals(1, school.count("SELECT COUNT(*) FROM incident WHERE message_id = " + missed.id()));
        }
    }

    @Test
    void aChannelIsReadBackUpToAThousandMessagesAndSaysSoWhenThereWereMore() throws Exception {
        try (SimulatedSchool school = new SimulatedSchool(data)) {
            SimulatedDiscord discord = school.discord;
            // Not #general: the bot's notice, posted there when it joined, would count in its thousand.
            SimChannel planning = discord.createTextChannel(school.group, "planning");
            school.startBot();
            log.await("Nothing to catch up", 1);
            school.stopBot();

            for (int i = 1; i < 1_000; i++) {
                discord.post(planning, school.teacher, "Lesson plan " + i + " is on the shared drive");
            }
            SimMessage thousandth = discord.post(planning, school.teacher, "ring me on 07700 900222 tonight");
            SimMessage beyond = discord.post(planning, school.teacher, "or on 07700 900456 if not");

            school.startBot();
            school.awaitAlerts(1);
            log.await("Caught up", 1);
            school.settle();
            assertEquals(1, alertsFor(school, thousandth));
            assertEquals(0, alertsFor(school, beyond));
            assertEquals(2, school.alerts().size(), "the thousandth message's alert, then the marker's");
            assertEquals(1, log.count("WARN Channel " + planning.id() + " had more than 1000 messages to catch up"));
            assertEquals(11, historyRequests(discord, planning).size(), "ten pages of 100, and one to see there is more");
            assertTrue(historyRequests(discord, planning).stream().allMatch(r -> r.status() == 200));
        }
    }
}
