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
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;

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
        assertFalse(all.contains("900123"), all);
        assertFalse(all.contains("07700"), all);
        assertTrue(all.contains("Year 4 Team"), all);
        assertTrue(all.contains("#general"), all);
        assertTrue(all.contains("Sam Carter"), all);
        assertTrue(all.contains("TSSMAT"), "cites the policy: " + all);
        assertTrue(all.contains("/" + posted.id() + ")"), "links the message: " + all);
        school.settle();
        assertEquals(2, school.alerts().size(), "exactly one alert, then the marker's");
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

    @Test
    void threadsAndForumPostsAreScanned() throws Exception {
        SimChannel thread = school.discord.createThread(school.general, "Trip to the farm");
        SimChannel forum = school.discord.createForum(school.group, "planning");
        SimChannel post = school.discord.createThread(forum, "Spring term");
        school.discord.post(thread, school.teacher, "her mum's number is 07700 900777");
        school.discord.post(post, school.assistant, "the door code is 4471#");
        List<SimMessage> alerts = school.awaitAlerts(2);
        assertTrue(alerts.get(0).embeds().toString().contains("#Trip to the farm"), alerts.get(0).embeds().toString());
        assertTrue(alerts.get(1).embeds().toString().contains("Credentials"), alerts.get(1).embeds().toString());
        assertFalse(alerts.get(1).embeds().toString().contains("4471"), alerts.get(1).embeds().toString());
    }

    @Test
    void botsAndTheSltChannelAreNotScanned() throws Exception {
        SimUser other = school.discord.createOtherBot("reminder-bot");
        school.discord.addMember(school.group, other);
        school.discord.post(school.general, other, "Reminder: call 07700 900321");
        school.discord.post(school.sltChannel, school.head, "Her number is 07700 900654, can someone ring?");
        school.settle();
        assertEquals(1, school.alerts().size(), "only the marker's alert");
    }

    @Test
    void aPictureIsRecordedForReview() throws Exception {
        school.discord.post(school.general, school.teacher, "", List.<String[]>of(new String[] {"IMG_2041.jpg", "image/jpeg"}));
        String alert = school.awaitAlerts(1).get(0).embeds().toString();
        assertTrue(alert.contains("Picture or video"), alert);
        assertTrue(alert.contains("photographs of any pupil"), alert);
    }

    @Test
    void theGroupIsToldOnceWhatTheBotDoes() throws Exception {
        List<SimMessage> notices = school.discord.awaitBotMessages(school.general, 1, SimulatedSchool.WAIT);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).content().contains("/privacy"), notices.get(0).content());
        assertTrue(notices.get(0).content().contains("senior leadership team"), notices.get(0).content());
        assertTrue(school.discord.botMessagesIn(school.sltChannel).isEmpty(), "no notice in the SLT's own server");
        school.stopBot();
        school.startBot();
        school.settle();
        assertEquals(1, school.discord.botMessagesIn(school.general).size(), "not again after a restart");
    }

    @Test
    void aMessageSentWhileTheGatewayIsDownArrivesOnResume() throws Exception {
        // JDA logs the close code it was sent; that one line, and no other, is expected.
        school.jdaLog.expect(line -> line.endsWith("closed due to server error! 4000: Unknown error."));
        school.discord.dropGateway();
        school.discord.post(school.general, school.teacher, "my address is 14 Elm Road, Leeds LS6 2AB");
        String alert = school.awaitAlerts(1).get(0).embeds().toString();
        assertTrue(alert.contains("[POSTCODE]") || alert.contains("[ADDRESS]"), alert);
        assertFalse(alert.contains("LS6"), alert);
    }

    @Test
    void memberAndRoleChangesReachJdaWellFormed() throws Exception {
        SimUser newcomer = school.discord.createUser("jo.bell", "Jo Bell");
        SimRole admins = school.discord.createRole(school.group, "Admins", Permissions.ADMINISTRATOR);
        school.discord.addMember(school.group, newcomer);
        school.discord.setRoles(school.group, newcomer, admins);
        school.discord.removeMember(school.group, school.assistant);
        school.discord.post(school.general, newcomer, "Thanks for adding me, see you at INSET");
        school.settle();
        // The fixture's close fails the test if JDA could not read any of these events.
        assertEquals(1, school.alerts().size(), "only the marker's alert");
    }
}
