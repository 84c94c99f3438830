package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimUser;

/**
 * A multi-academy trust: one bot, two schools from {@code warden.trust.schools}, each with its own
 * home server, SLT channel and role, headteacher and groups. Each school's alerts, reports,
 * incidents and headteacher notices stay with that school.
 */
class TrustRoutingEndToEndTest {

    @TempDir
    Path data;
    private SimulatedSchool school;
    private SimulatedSchool.Group office;
    private SimulatedSchool.OtherSchool riverside;

    @BeforeEach
    void start() throws Exception {
        school = new SimulatedSchool(data, "warden.review.nudge = []");
        school.discord.addMember(school.home, school.assistant, school.slt);
        office = school.addGroup("Oakfield Office", school.teacher, school.assistant);
        riverside = school.addSchool("Riverside Academy", "riverside");
        riverside.addGroup("Riverside Maths");
        riverside.addGroup("Riverside Office");
        school.startBot();
        // Oakfield's headteacher is registered with /warden setup, Riverside's by configuration.
        school.command(school.home, school.sltChannel, school.head, "warden", "setup",
                Map.of("headteacher", school.head));
    }

    @AfterEach
    void stop() {
        school.close();
    }

    private static String text(List<SimMessage> messages) {
        return messages.stream().map(m -> m.embeds().toString()).reduce("", String::concat);
    }

    @Test
    void aFlaggedMessageAlertsOnlyItsOwnSchoolsSlt() throws Exception {
        school.discord.post(office.general(), school.teacher, "ring me on 07700 900123");
        school.discord.post(riverside.groups.get(0).general(), riverside.teacher, "my mobile is 07700 900456");
        List<SimMessage> theirs = school.discord.awaitBotMessages(riverside.sltChannel, 1, SimulatedSchool.WAIT);
        school.awaitAlerts(1);
        // Once Oakfield's marker is alerted, everything posted before it has been handled.
        school.settle();

        List<SimMessage> ours = school.alerts();
        assertEquals(2, ours.size(), "Oakfield's message and the marker");
        assertTrue(text(ours).contains("Oakfield Office") && !text(ours).contains("Riverside"), text(ours));
        assertEquals(1, school.discord.botMessagesIn(riverside.sltChannel).size(), "Riverside's one message");
        assertTrue(text(theirs).contains("Riverside Maths") && !text(theirs).contains("Oakfield")
                && !text(theirs).contains("Year 4"), text(theirs));
    }

    @Test
    void complianceAndIncidentsShowEachSchoolItsOwnGroupsOnly() throws Exception {
        school.discord.post(school.general, school.teacher, "ring me on 07700 900123");
        school.discord.post(riverside.groups.get(1).general(), riverside.teacher, "my mobile is 07700 900456");
        school.awaitAlerts(1);
        school.discord.awaitBotMessages(riverside.sltChannel, 1, SimulatedSchool.WAIT);

        SimResponse ours = school.command(school.home, school.sltChannel, school.assistant, "compliance", null,
                Map.of());
        String shown = ours.content() + ours.embeds();
        assertTrue(ours.content().contains("of 2 groups"), ours.content());
        assertTrue(shown.contains("Year 4 Team") && shown.contains("Oakfield Office"), shown);
        assertFalse(shown.contains("Riverside"), "Oakfield's SLT see no Riverside group: " + shown);
        SimResponse theirs = school.command(riverside.home, riverside.sltChannel, riverside.sltMember, "compliance",
                null, Map.of());
        String theirShown = theirs.content() + theirs.embeds();
        assertTrue(theirShown.contains("Riverside Maths") && theirShown.contains("Riverside Office"), theirShown);
        assertFalse(theirShown.contains("Year 4 Team") || theirShown.contains("Oakfield Office"), theirShown);
        SimResponse detail = school.command(school.home, school.sltChannel, school.assistant, "compliance", null,
                Map.of("group", "Riverside Maths"));
        assertEquals("No group of Oakfield Primary is called \"Riverside Maths\".", detail.content());

        SimResponse listed = school.command(school.home, school.sltChannel, school.assistant, "incidents", null,
                Map.of());
        assertTrue(listed.embeds().toString().contains("Year 4 Team"), listed.embeds().toString());
        assertFalse(listed.embeds().toString().contains("Riverside"), listed.embeds().toString());
        long oakfieldIncident = school.count("SELECT MIN(id) FROM incident WHERE group_id = " + school.group.id());
        SimResponse notTheirs = school.command(riverside.home, riverside.sltChannel, riverside.sltMember, "incident",
                null, Map.of("id", oakfieldIncident));
        assertEquals("Incident " + oakfieldIncident + " does not exist in Riverside Academy.", notTheirs.content());
    }

    @Test
    void anotherSchoolsSltCannotActOnAnAlert() throws Exception {
        school.discord.post(school.general, school.teacher, "ring me on 07700 900123");
        SimMessage alert = school.awaitAlerts(1).get(0);
        // Riverside's deputy head and head can see Oakfield's SLT channel (trust-wide access), but are
        // neither Oakfield's SLT nor its headteacher.
        for (SimUser other : List.of(riverside.sltMember, riverside.head)) {
            school.discord.addMember(school.home, other);
            school.discord.setOverwrite(school.sltChannel, other.id(), true, Permissions.VIEW_CHANNEL, 0);
            for (String button : List.of("Acknowledge", "Resolve", "False positive", "Remove message",
                    "Escalate to headteacher")) {
                SimResponse refused = school.press(alert, other, alert.buttonId(button));
                assertEquals("Only the headteacher or SLT can act on alerts.", refused.content(),
                        button + " by " + other.username());
            }
        }
        assertEquals(0, school.count("SELECT COUNT(*) FROM incident_audit"), "nothing done");

        SimResponse done = school.press(alert, school.assistant, alert.buttonId("Acknowledge"));
        assertEquals(SimResponse.Kind.EDIT, done.kind(), "Oakfield's own SLT may");
        assertEquals(1, school.count("SELECT COUNT(*) FROM incident_audit"));
    }

    @Test
    void eachHeadteacherIsToldOfTheirOwnSchoolsGroupsOnly() throws Exception {
        String ours = text(school.discord.awaitDirectMessages(school.head, 2, SimulatedSchool.WAIT));
        String theirs = text(school.discord.awaitDirectMessages(riverside.head, 2, SimulatedSchool.WAIT));
        assertTrue(ours.contains("Year 4 Team") && ours.contains("Oakfield Office"), ours);
        assertTrue(theirs.contains("Riverside Maths") && theirs.contains("Riverside Office"), theirs);

        // A group joining later goes to its school's headteacher alone; the marker shows it was handled.
        school.addGroup("Oakfield Science", school.teacher, school.assistant);
        school.discord.awaitDirectMessages(school.head, 3, SimulatedSchool.WAIT);
        school.settle();
        assertEquals(3, school.discord.directMessages(school.head).size());
        assertEquals(2, school.discord.directMessages(riverside.head).size(), "Riverside's head: their two only");
        assertFalse(text(school.discord.directMessages(riverside.head)).contains("Oakfield")
                || text(school.discord.directMessages(riverside.head)).contains("Year 4"));
        assertFalse(text(school.discord.directMessages(school.head)).contains("Riverside"));

        SimMessage notice = school.discord.directMessages(riverside.head).get(0);
        SimResponse acknowledged = school.press(notice, riverside.head, notice.buttonId("Acknowledge"));
        assertTrue(acknowledged.content().contains("Acknowledged"), "their own school's group: "
                + acknowledged.content());
    }
}
