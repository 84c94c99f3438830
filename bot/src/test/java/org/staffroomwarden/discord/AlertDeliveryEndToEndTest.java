package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimMessage;

/** Alerts are never lost and never doubled: restarts, Discord's failures and rate limits, a public channel. */
class AlertDeliveryEndToEndTest {

    @TempDir
    Path data;

    SimulatedSchool school;
    String alertRoute;

    @BeforeEach
    void start() throws Exception {
        school = new SimulatedSchool(data).startBot();
        alertRoute = "channels/" + school.sltChannel.id() + "/messages";
    }

    @AfterEach
    void stop() {
        school.close();
    }

    @Test
    void unsentAlertsAreDeliveredOnceEachAfterARestart() throws Exception {
        school.discord.failNext("POST", alertRoute, 1_000, 500);
        school.discord.post(school.general, school.teacher, "call me on 07700 900111");
        school.discord.post(school.general, school.teacher, "or at home: 0113 496 0222");
        school.discord.post(school.general, school.assistant, "my email is priya.shah77@gmail.com");
        awaitUnsentAttempted(3);
        school.stopBot();
        school.discord.clearFaults();
        int unsent = (int) count("SELECT COUNT(*) FROM alert_outbox WHERE sent_at IS NULL AND kind = 'INCIDENT'");
        assertTrue(unsent >= 3, "at least one incident a message: " + unsent);
        school.startBot();
        List<SimMessage> alerts = school.awaitAlerts(unsent);
        Thread.sleep(500);
        assertEquals(unsent, school.alerts().size(), "each delivered once");
        assertEquals("Incident 1", alerts.get(0).embeds().get(0).path("footer").path("text").asText(),
                "the alert tried first is still first");
        Set<String> incidents = alerts.stream().map(m -> m.embeds().get(0).path("footer").path("text").asText())
                .collect(Collectors.toSet());
        assertEquals(unsent, incidents.size(), "different incidents: " + incidents);
        assertEquals(0, count("SELECT COUNT(*) FROM alert_outbox WHERE sent_at IS NULL AND kind = 'INCIDENT'"));
    }

    @Test
    void serverErrorsAndARateLimitDelayButDoNotLoseOrDoubleAnAlert() throws Exception {
        school.discord.failNext("POST", alertRoute, 3, 500);
        school.discord.rateLimitNext("POST", alertRoute, 0.5);
        school.discord.post(school.general, school.teacher, "ring me on 07700 900333");
        school.awaitAlerts(1);
        Thread.sleep(1_500);
        assertEquals(1, school.alerts().size());
        long failedPosts = school.discord.requests(r -> r.is("POST", alertRoute) && r.status() >= 400).size();
        assertEquals(4, failedPosts, "three 500s and one 429 were answered");
    }

    @Test
    void anAnswerLostAfterDiscordCreatedTheAlertDoesNotDoubleIt() throws Exception {
        school.discord.loseAnswerNext("POST", alertRoute);
        school.discord.post(school.general, school.teacher, "ring me on 07700 900444");
        school.awaitAlerts(1);
        Thread.sleep(1_500);
        assertEquals(1, school.alerts().size(), "the nonce made the repeat a no-op");
    }

    @Test
    void aPublicSltChannelIsRefusedAndItsAlertsWaitUntilItIsPrivate() throws Exception {
        school.discord.makePublic(school.sltChannel);
        school.discord.post(school.general, school.teacher, "ring me on 07700 900555");
        List<SimMessage> said = school.awaitAlerts(1);
        assertTrue(said.get(0).content().contains("can be read by everyone"), said.get(0).content());
        assertTrue(said.get(0).content().contains("View Channel"), "says how to fix it: " + said.get(0).content());
        assertTrue(said.get(0).embeds().isEmpty(), "no alert in a public channel");
        // A held alert is tried again after max-retry (1 s). By its third try, a warning its second
        // try repeated (queued, not awaited) has had a whole retry period to arrive.
        SimulatedSchool.await("the held alert tried again",
                () -> count("SELECT COUNT(*) FROM alert_outbox WHERE attempts >= 3") > 0);
        assertEquals(1, school.alerts().size(), "said once");
        school.discord.makePrivate(school.sltChannel, school.slt);
        List<SimMessage> after = school.awaitAlerts(2);
        assertTrue(after.get(1).embeds().toString().contains("[PHONE]"), after.get(1).embeds().toString());
    }

    /**
     * Waits until every message has its incidents and the first alert has failed; the others wait
     * behind it, untried, so that none overtakes it.
     */
    private void awaitUnsentAttempted(int messages) throws Exception {
        String tried = "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'INCIDENT' AND attempts > 0";
        SimulatedSchool.await("the first alert was tried", () -> count(
                "SELECT COUNT(DISTINCT message_id) FROM incident") >= messages && count(tried) > 0);
        assertEquals(1, count(tried));
    }

    private long count(String sql) throws Exception {
        return school.count(sql);
    }
}
