package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimMessage;

/**
 * The weekly digest through the simulated Discord: the bot, down when it fell due, posts it to the
 * SLT channel when it comes back, with the week's counts and the chart, and never twice.
 */
class DigestEndToEndTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path data;

    /** The bot's clock, moved to a local time in the week of the Monday {@code until}; it keeps ticking. */
    private static Clock at(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(LONDON).toInstant();
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), target));
    }

    private static List<SimMessage> digests(SimulatedSchool school) {
        return school.alerts().stream().filter(m -> m.embeds().path(0).path("title").asText()
                .startsWith("📊 Weekly digest")).toList();
    }

    @Test
    void aDigestMissedWhileDownIsPostedOnceWithTheWeeksCountsAndTheChart() throws Exception {
        // The digest covers the seven days before the Monday it falls due: the messages below are in them.
        LocalDate until = LocalDate.now(LONDON).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        try (SimulatedSchool school = new SimulatedSchool(data, "warden.review.digest.enabled = true")) {
            school.startBot(at(until.minusDays(3), LocalTime.NOON));
            school.discord.post(school.general, school.teacher, "ring me on 07700 900123 tonight");
            school.discord.post(school.general, school.teacher, "or on 07700 900456 if not");
            school.awaitAlerts(2);
            school.settle();
            assertEquals(List.of(), digests(school), "Friday: no digest is due");
            school.stopBot();

            school.startBot(at(until, LocalTime.of(9, 30)));
            SimulatedSchool.await("the digest", () -> digests(school).size() == 1);
            SimMessage digest = digests(school).get(0);
            JsonNode embed = digest.embeds().path(0);
            assertEquals("📊 Weekly digest: Oakfield Primary", embed.path("title").asText());
            assertTrue(embed.path("description").asText().contains("3 flags, ▲ 3 on the week before (0)"),
                    embed.path("description").asText());
            String group = embed.path("fields").findParents("name").stream()
                    .filter(f -> f.path("name").asText().equals("Year 4 Team")).map(f -> f.path("value").asText())
                    .findFirst().orElse("");
            assertEquals("3 flags (▲ 3 on the week before): Personal data 3\nOpen incidents: 3", group);
            assertEquals(List.of("digest.png"), digest.attachmentNames(), "the chart comes with it");
            assertTrue(!embed.toString().contains("07700"), "counts only: no message text");
            school.stopBot();

            school.startBot(at(until, LocalTime.of(10, 0)));
            school.settle();
            assertEquals(1, digests(school).size(), "a restart does not send the week's digest again");
            assertEquals(1, school.count("SELECT COUNT(*) FROM weekly_digest"));
        }
    }
}
