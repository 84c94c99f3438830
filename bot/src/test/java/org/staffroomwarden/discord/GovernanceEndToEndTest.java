package org.staffroomwarden.discord;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;

/**
 * Each governance check turning into a breach and back, through the simulated Discord with the
 * real bot: one alert when it fails, and that same alert updated when it is fixed.
 */
class GovernanceEndToEndTest {

    @TempDir
    Path data;
    private SimulatedSchool school;

    @AfterEach
    void stop() {
        if (school != null) {
            school.close();
        }
    }

    private SimulatedSchool start(String config) throws Exception {
        school = new SimulatedSchool(data, "warden.governance.grace = 0s\n" + config);
        school.discord.addMember(school.home, school.assistant, school.slt);
        return school.startBot();
    }

    /** The SLT channel's alert about a check, and that there is exactly one. */
    private SimMessage alertAbout(String check) {
        List<SimMessage> about = school.alerts().stream()
                .filter(m -> m.embeds().path(0).path("title").asText().contains(check)).toList();
        assertEquals(1, about.size(), "one alert about " + check + ": " + school.alerts());
        return about.get(0);
    }

    private void awaitFixed(SimMessage alert) throws Exception {
        SimulatedSchool.await("the alert updated as fixed: " + alert.embeds(),
                () -> alert.embeds().path(0).path("title").asText().startsWith("✅ Fixed"));
    }

    @Test
    void purposeAndDevicesFailAtOnceWithNoGraceAndEachAlertIsUpdatedWhenFixed() throws Exception {
        start("");
        school.awaitAlerts(2);
        SimMessage purpose = alertAbout("Purpose stated");
        SimMessage devices = alertAbout("Devices secured");
        assertTrue(purpose.embeds().path(0).toString().contains("/group purpose"), "says how to fix it");

        SimResponse stated = school.command(school.group, school.general, school.teacher, "group", "purpose",
                Map.of("purpose", "Year 4 team: planning, cover and trips"));
        assertTrue(stated.ephemeral());
        assertTrue(stated.content().startsWith("Purpose recorded"), stated.content());
        awaitFixed(purpose);

        for (SimUser member : List.of(school.teacher, school.assistant)) {
            SimResponse statement = school.command(school.group, school.general, member, "attest", null, Map.of());
            SimMessage shown = school.discord.message(statement.messageId());
            SimResponse confirmed = school.press(shown, member, shown.buttonId("Confirm"));
            assertTrue(confirmed.content().contains("recorded"), confirmed.content());
        }
        awaitFixed(devices);
        Thread.sleep(300);
        assertEquals(2, school.alerts().size(), "updated, never repeated");
    }

    @Test
    void adminRightsHeldByOneMemberIsABreachUntilASecondAdminIsAdded() throws Exception {
        start("warden.governance.attested-share = 0");
        SimUser solo = school.discord.createUser("jo.bloggs", "Jo Bloggs");
        SimUser helper = school.discord.createUser("ann.lee", "Ann Lee");
        SimGuild science = school.discord.createGuild("Science Dept", solo);
        school.discord.addMember(science, helper);
        school.discord.addBot(science);
        school.awaitAlerts(2);
        SimMessage admins = alertAbout("Admin rights shared");
        assertTrue(admins.embeds().path(0).path("description").asText().contains("Only <@" + solo.id() + ">"));

        SimRole heads = school.discord.createRole(science, "Heads", Permissions.ADMINISTRATOR);
        school.discord.setRoles(science, helper, heads);
        awaitFixed(admins);

        // Taking the right away again is a new breach: a new alert.
        school.discord.setRolePermissions(heads, 0);
        SimulatedSchool.await("a second admins alert", () -> school.alerts().stream()
                .filter(m -> m.embeds().path(0).path("title").asText().contains("Admin rights shared")).count() == 2);
        assertTrue(admins.embeds().path(0).path("title").asText().startsWith("✅ Fixed"), "the first stays fixed");
    }

    @Test
    void theHeadteacherIsToldPrivatelyAndAcknowledgingMakesThemAware() throws Exception {
        start("warden.governance.attested-share = 0");
        SimResponse setup = school.command(school.home, school.sltChannel, school.head, "warden", "setup",
                Map.of("headteacher", school.head, "slt-role", school.slt));
        assertTrue(setup.content().contains("<@" + school.head.id() + ">"), setup.content());
        List<SimMessage> dms = school.discord.awaitDirectMessages(school.head, 1, SimulatedSchool.WAIT);
        SimMessage notice = dms.get(0);
        String card = notice.embeds().toString();
        assertTrue(card.contains("Year 4 Team") && card.contains("<@" + school.teacher.id() + ">"), card);
        SimulatedSchool.await("the headteacher alert", () -> school.alerts().stream()
                .anyMatch(m -> m.embeds().path(0).path("title").asText().contains("Headteacher aware")));
        SimMessage aware = alertAbout("Headteacher aware");

        SimResponse acknowledged = school.press(notice, school.head, notice.buttonId("Acknowledge"));
        assertTrue(acknowledged.content().contains("Acknowledged"), acknowledged.content());
        awaitFixed(aware);
        assertTrue(school.discord.message(notice.id()).buttons().isEmpty(), "the button is gone once pressed");
    }

    @Test
    void staffMissingFromTheirTeamsGroupAreListedUntilTheyJoin() throws Exception {
        start("warden.governance.attested-share = 0");
        SimUser missing = school.discord.createUser("lee.park", "Lee Park");
        school.discord.addMember(school.home, missing);
        String csv = "Discord ID,Name,Team\n" + school.teacher.id() + ",Sam Carter,Year 4\n"
                + school.assistant.id() + ",Priya Shah,Year 4\n" + missing.id() + ",Lee Park,Year 4\n"
                + "12345,Bad Id,Year 4\n";
        SimResponse imported = school.command(school.home, school.sltChannel, school.assistant, "staff", "import",
                Map.of("file", school.discord.upload("staff.csv", "text/csv", csv.getBytes(UTF_8))));
        assertTrue(imported.content().startsWith("3 staff imported, 1 row refused"), imported.content());
        assertFalse(imported.content().contains("Bad Id") || imported.content().contains("Lee"), "no names echoed");

        school.command(school.group, school.general, school.teacher, "group", "purpose",
                Map.of("purpose", "Year 4 team: planning, cover and trips"));
        SimulatedSchool.await("the staff alert", () -> school.alerts().stream()
                .anyMatch(m -> m.embeds().path(0).path("title").asText().contains("Relevant staff included")));
        SimMessage staff = alertAbout("Relevant staff included");
        assertTrue(staff.embeds().path(0).path("description").asText().contains("<@" + missing.id() + ">"));

        school.discord.addMember(school.group, missing);
        awaitFixed(staff);
    }

    @Test
    void complianceShowsEveryGroupPassOrFailWithAChart() throws Exception {
        start("warden.governance.attested-share = 0");
        SimUser solo = school.discord.createUser("jo.bloggs", "Jo Bloggs");
        SimGuild science = school.discord.createGuild("Science Dept", solo);
        school.discord.addBot(science);
        school.command(school.group, school.general, school.teacher, "group", "purpose",
                Map.of("purpose", "Year 4 team: planning, cover and trips"));
        school.discord.post(school.general, school.teacher, "ring me on 07700 900123");
        // The groups' breach alerts can come first: wait for the message's own.
        SimulatedSchool.await("the message's alert", () -> school.alerts().stream()
                .anyMatch(m -> m.embeds().toString().contains("[PHONE]")));

        SimResponse compliance = school.command(school.home, school.sltChannel, school.assistant, "compliance", null,
                Map.of());
        assertTrue(compliance.ephemeral());
        String shown = compliance.embeds().toString();
        assertTrue(compliance.content().startsWith("0 of 2 groups pass every check"), compliance.content());
        assertTrue(shown.contains("Year 4 Team") && shown.contains("Science Dept"), shown);
        assertTrue(shown.contains("Personal data 1"), "last week's flags: " + shown);
        assertEquals(1, compliance.files().size());
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(compliance.files().get(0).bytes()));
        assertTrue(chart.getWidth() >= 600, "a PNG chart");

        SimResponse detail = school.command(school.home, school.sltChannel, school.assistant, "compliance", null,
                Map.of("group", "Science Dept"));
        String checks = detail.embeds().toString();
        assertTrue(checks.contains("❌ fail · Admin rights shared") && checks.contains("To fix"), checks);

        SimResponse refused = school.command(school.group, school.general, school.teacher, "compliance", null,
                Map.of());
        assertEquals("Only the headteacher or SLT can use /compliance.", refused.content());
    }
}
