package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimInteraction;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * The buttons on an alert, pressed by SLT in the simulated Discord: each changes the incident,
 * updates the alert in place and is written to the audit trail.
 */
class ReviewEndToEndTest {

    @TempDir
    Path data;
    private SimulatedSchool school;
    private SimMessage flagged;
    private SimMessage alert;

    @BeforeEach
    void start() throws Exception {
        // Admin rights are shared in the fixture's group and the grace period hides the other checks,
        // so the SLT channel holds only message alerts.
        school = new SimulatedSchool(data, "warden.review.nudge = [PERSONAL_DATA]");
        school.discord.addMember(school.home, school.assistant, school.slt);
        school.startBot();
        flagged = school.discord.post(school.general, school.teacher, "ring me on 07700 900123 tonight");
        alert = school.awaitAlerts(1).get(0);
    }

    @AfterEach
    void stop() {
        school.close();
    }

    private String status() {
        return school.discord.message(alert.id()).embeds().path(0).path("fields").findValues("value").stream()
                .map(v -> v.asText()).filter(v -> v.startsWith("Open") || v.contains(" by ")).findFirst().orElse("");
    }

    @Test
    void everyAlertHasTheFiveButtonsAndTheAuthorIsNudgedWithoutTheNumber() throws Exception {
        assertEquals(List.of("Acknowledge", "Resolve", "False positive", "Remove message", "Escalate to headteacher"),
                alert.buttons().stream().map(b -> b.label()).toList());
        SimMessage nudge = school.discord.awaitDirectMessages(school.teacher, 1, SimulatedSchool.WAIT).get(0);
        String text = nudge.embeds().toString();
        assertTrue(text.contains("Personal or sensitive data is not posted"), text);
        assertFalse(text.contains("900123"), "the nudge never repeats the personal data");
    }

    @Test
    void acknowledgeThenResolveUpdateTheAlertAndTheAuditTrail() throws Exception {
        SimResponse acknowledged = school.press(alert, school.assistant, alert.buttonId("Acknowledge"));
        assertEquals(SimResponse.Kind.EDIT, acknowledged.kind(), "the alert itself is updated");
        assertTrue(status().startsWith("Acknowledged by Priya Shah"), status());
        assertTrue(school.discord.message(alert.id()).buttons().get(0).disabled(), "acknowledged once only");

        school.press(alert, school.assistant, alert.buttonId("Resolve"));
        assertTrue(status().startsWith("Resolved by Priya Shah"), status());
        assertTrue(school.discord.message(alert.id()).buttons().stream().allMatch(b -> b.disabled()),
                "a closed incident takes no more actions");

        SimResponse trail = school.command(school.home, school.sltChannel, school.assistant, "incident", null,
                Map.of("id", 1L));
        String audit = trail.embeds().toString();
        assertTrue(audit.contains("Acknowledge by Priya Shah") && audit.contains("Resolve by Priya Shah"), audit);
        assertEquals(2, school.count("SELECT COUNT(*) FROM incident_audit"));
    }

    @Test
    void aFalsePositiveAsksWhyAndKeepsTheReasonRedacted() throws Exception {
        SimInteraction pressed = school.discord.clickButton(alert, school.assistant,
                alert.buttonId("False positive"));
        SimResponse form = pressed.awaitResponse(SimulatedSchool.WAIT);
        assertEquals(SimResponse.MODAL, form.callbackType());
        SimInteraction submitted = school.discord.submitModal(pressed, school.assistant,
                Map.of("reason", "It is the office mobile 07700 900456, a work number"));
        submitted.awaitResponses(2, SimulatedSchool.WAIT);
        assertTrue(status().startsWith("False positive by Priya Shah"), status());
        assertEquals(0, school.count("SELECT COUNT(*) FROM incident_audit WHERE note LIKE '%900456%'"),
                "the reason is stored redacted");
        assertEquals(1, school.count("SELECT COUNT(*) FROM incident_audit WHERE note LIKE '%[PHONE]%'"));

        // SLT export it, redacted, for the developers to learn from.
        SimResponse export = school.command(school.home, school.sltChannel, school.assistant, "false-positives", null,
                Map.of());
        assertTrue(export.ephemeral(), "the file is for the one who asked");
        assertEquals("false-positives.jsonl", export.files().get(0).filename());
        String lines = new String(export.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                lines.strip());
        assertEquals("ring me on [PHONE] tonight", line.path("text").asText());
        assertEquals("PERSONAL_DATA", line.path("false_positive").asText());
        assertEquals("It is the office mobile [PHONE], a work number", line.path("reason").asText());
        assertTrue(!lines.contains("900") && !lines.contains("Sam Carter") && !lines.contains("Priya"),
                "no personal data, no author, no reviewer: " + lines);
    }

    @Test
    void removeMessageKeepsTheEvidenceThenDeletesTheOriginal() throws Exception {
        school.press(alert, school.assistant, alert.buttonId("Remove message"));
        SimulatedSchool.await("the flagged message deleted", () -> school.discord.message(flagged.id()) == null);
        assertTrue(status().startsWith("Message removed by Priya Shah"), status());
        assertEquals(1, school.count("SELECT COUNT(*) FROM removal_evidence WHERE removed_at IS NOT NULL"
                + " AND excerpt LIKE '%[PHONE]%' AND excerpt NOT LIKE '%900123%' AND LENGTH(text_sha256) = 64"));
    }

    @Test
    void removeMessageWithoutThePermissionSaysSoAndChangesNothing() throws Exception {
        school.discord.setBotPermissions(school.group, SimulatedDiscord.BOT_PERMISSIONS
                & ~org.staffroomwarden.simulator.Permissions.MANAGE_MESSAGES);
        Thread.sleep(200);
        SimResponse refused = school.press(alert, school.assistant, alert.buttonId("Remove message"));
        assertTrue(refused.ephemeral(), "told privately");
        assertTrue(refused.content().contains("lacks Manage Messages"), refused.content());
        assertNotNull(school.discord.message(flagged.id()), "the message is still there");
        assertEquals("Open", status());
        assertEquals(0, school.count("SELECT COUNT(*) FROM removal_evidence"));
        assertEquals(0, school.count("SELECT COUNT(*) FROM incident_audit"));
    }

    @Test
    void escalatingSendsTheRedactedAlertToTheHeadteacher() throws Exception {
        SimResponse noHead = school.press(alert, school.assistant,
                alert.buttonId("Escalate to headteacher"));
        assertTrue(noHead.content().contains("No headteacher is registered"), noHead.content());

        school.command(school.home, school.sltChannel, school.head, "warden", "setup",
                Map.of("headteacher", school.head));
        school.press(alert, school.assistant, alert.buttonId("Escalate to headteacher"));
        assertTrue(status().startsWith("Escalated to the headteacher by Priya Shah"), status());
        SimulatedSchool.await("the escalation in the headteacher's messages", () -> school.discord
                .directMessages(school.head).stream().anyMatch(m -> m.embeds().toString().contains("Escalated by")));
        SimMessage escalation = school.discord.directMessages(school.head).stream()
                .filter(m -> m.embeds().toString().contains("Escalated by")).findFirst().orElseThrow();
        assertTrue(escalation.embeds().toString().contains("[PHONE]"));
        assertFalse(escalation.embeds().toString().contains("900123"));
    }

    @Test
    void staffWhoAreNotSltCannotPressTheButtons() throws Exception {
        SimResponse refused = school.press(alert, school.head, alert.buttonId("Resolve"));
        assertEquals("Only the headteacher or SLT can act on alerts.", refused.content());
        assertEquals("Open", status());
    }
}
