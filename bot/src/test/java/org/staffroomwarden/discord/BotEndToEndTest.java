package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimMessage;

/** The real bot (JDA, H2 file) against the simulated Discord. */
class BotEndToEndTest {

    @TempDir
    Path data;

    SimulatedSchool school;

    @BeforeEach
    void start() throws Exception {
        school = new SimulatedSchool(data).startBot();
    }

    @AfterEach
    void stop() {
        school.close();
    }

    @Test
    void aPhoneNumberGivesOneAlertWithThePhoneHidden() throws Exception {
        SimMessage posted = school.discord.post(school.general, school.teacher, "ring me on 07700 900123 after school");
        List<SimMessage> alerts = school.awaitAlerts(1);
        JsonNode embed = alerts.get(0).embeds().get(0);
        String all = embed.toString();
        assertTrue(embed.path("title").asText().contains("Personal data"), all);
        assertTrue(embed.path("description").asText().contains("[PHONE]"), all);
        assertFalse(all.matches("(?s).*\\d{3}\\s?\\d{3}\\s?\\d{3}.*900123.*"), all);
        assertFalse(all.contains("900123"), all);
        assertFalse(all.contains("07700"), all);
        assertTrue(all.contains("Year 4 Team"), all);
        assertTrue(all.contains("#general"), all);
        assertTrue(all.contains("Sam Carter"), all);
        assertTrue(all.contains("TSSMAT"), "cites the policy: " + all);
        assertTrue(all.contains("/" + posted.id() + ")"), "links the message: " + all);
        Thread.sleep(300);
        assertEquals(1, school.alerts().size(), "exactly one alert");
    }

    @Test
    void aCleanMessageGivesNothing() throws Exception {
        school.discord.post(school.general, school.assistant, "Can Priya cover 4B period 3 tomorrow?");
        school.settle();
        assertEquals(1, school.alerts().size(), "only the marker's alert");
    }

    @Test
    void anEditThatBreaksTheRulesIsReported() throws Exception {
        SimMessage message = school.discord.post(school.general, school.teacher, "Parents' evening moved to Thursday");
        school.settle();
        school.discord.edit(message, "Parents' evening moved to Thursday, my mobile is 07700 900456");
        List<SimMessage> alerts = school.awaitAlerts(2);
        String last = alerts.get(1).embeds().toString();
        assertTrue(last.contains("[PHONE]"), last);
        assertTrue(last.contains("/" + message.id() + ")"), last);
    }
}
