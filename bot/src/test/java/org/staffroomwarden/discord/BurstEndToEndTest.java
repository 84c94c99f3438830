package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.Hold;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;

/**
 * A burst of flagged messages while Discord keeps the bot waiting, as its rate limit does: the
 * alerts waiting at once reach SLT as one burst post, none lost, none doubled, each still reviewed
 * on its own card.
 */
class BurstEndToEndTest {

    @TempDir
    Path data;
    private SimulatedSchool school;
    private String alertRoute;

    @BeforeEach
    void start() throws Exception {
        school = new SimulatedSchool(data);
        school.discord.addMember(school.home, school.assistant, school.slt);
        school.startBot();
        alertRoute = "channels/" + school.sltChannel.id() + "/messages";
    }

    @AfterEach
    void stop() {
        school.close();
    }

    /**
     * One flagged message, its alert's post held by Discord, then {@code more} flagged messages,
     * each with its incident, before Discord answers: those wait at once.
     */
    private void burst(int more) throws Exception {
        Hold hold = school.discord.holdNext("POST", alertRoute);
        school.discord.post(school.general, school.teacher, "ring me on 07700 900100");
        hold.awaitRequest(SimulatedSchool.WAIT);
        for (int i = 1; i <= more; i++) {
            school.discord.post(school.general, school.teacher, "or on 07700 900" + (100 + i));
        }
        SimulatedSchool.await("every message has its incident",
                () -> school.count("SELECT COUNT(*) FROM incident") == more + 1);
        hold.release();
        SimulatedSchool.await("every alert delivered", () -> school.count(
                "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'INCIDENT' AND sent_at IS NULL") == 0);
        // Anything doubled would come before the marker's alert, in the same lane.
        school.settle();
    }

    /** The incident numbers a post in the SLT channel carries: a card's footer, or a burst's fields. */
    private static List<Long> incidents(SimMessage post) {
        JsonNode embed = post.embeds().path(0);
        String footer = embed.path("footer").path("text").asText();
        if (footer.startsWith("Incident ")) {
            return List.of(Long.parseLong(footer.substring("Incident ".length())));
        }
        return StreamSupport.stream(embed.path("fields").spliterator(), false)
                .map(f -> Long.parseLong(f.path("name").asText().replaceAll(".*#(\\d+) .*", "$1"))).toList();
    }

    @Test
    void twelveAlertsAtOnceComeAsOneBurstOnceEachEvenWhenItsAnswerIsLost() throws Exception {
        school.discord.loseAnswerNext("POST", alertRoute);
        burst(11);

        List<SimMessage> posts = school.alerts();
        assertEquals(3, posts.size(), "the first alert's card, the burst of eleven, the marker's card");
        SimMessage burst = posts.get(1);
        assertTrue(burst.embeds().path(0).path("title").asText().startsWith("11 alerts at once in Year 4 Team"),
                burst.embeds().toString());
        List<Long> seen = new ArrayList<>();
        posts.subList(0, 2).forEach(p -> seen.addAll(incidents(p)));
        assertEquals(LongStream.rangeClosed(1, 12).boxed().toList(), seen, "every incident once, in order");
        String listed = burst.embeds().toString();
        assertTrue(listed.contains("[PHONE]") && !listed.contains("07700"), "redacted: " + listed);
        assertEquals(11, burst.buttons().size(), "a Review button each");

        assertEquals(1, school.discord.requests(r -> r.is("POST", alertRoute) && r.status() == 502).size(),
                "the burst's answer was lost once, and its repeat made no second post");
        assertEquals(1, school.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'INCIDENT' AND sent_message_id = "
                + posts.get(0).id()));
        assertEquals(11, school.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'INCIDENT' AND sent_message_id = "
                + burst.id()), "the burst's alerts are delivered under its message");
    }

    @Test
    void noMoreThanTheThresholdWaitingStillGetACardEachWithItsButtons() throws Exception {
        burst(5);
        List<SimMessage> posts = school.alerts();
        assertEquals(7, posts.size(), "six cards and the marker's");
        for (SimMessage post : posts) {
            assertEquals(5, post.buttons().size(), post.embeds().toString());
            assertEquals(1, incidents(post).size());
        }
    }

    @Test
    void anIncidentInABurstIsReviewedOnItsOwnCardByWhoMay() throws Exception {
        burst(6);
        SimMessage burst = school.alerts().get(1);
        assertEquals(6, burst.buttons().size());

        SimResponse refused = school.press(burst, school.head, burst.buttonId("Review #4"));
        assertEquals("Only the headteacher or SLT can act on alerts.", refused.content());

        SimResponse opened = school.press(burst, school.assistant, burst.buttonId("Review #4"));
        assertTrue(opened.ephemeral(), "the card is for the one who asked");
        assertEquals("Incident 4", opened.embeds().path(0).path("footer").path("text").asText());
        SimMessage card = school.discord.message(opened.messageId());
        assertEquals(List.of("Acknowledge", "Resolve", "False positive", "Remove message", "Escalate to headteacher"),
                card.buttons().stream().map(b -> b.label()).toList());

        SimResponse acknowledged = school.press(card, school.assistant, card.buttonId("Acknowledge"));
        assertEquals(SimResponse.Kind.EDIT, acknowledged.kind(), "the card is updated in place");
        assertTrue(school.discord.message(card.id()).embeds().toString().contains("Acknowledged by Priya Shah"));
        assertEquals(1, school.count("SELECT COUNT(*) FROM incident WHERE id = 4 AND status = 'ACKNOWLEDGED'"));
        assertEquals(1, school.count("SELECT COUNT(*) FROM incident_audit WHERE incident_id = 4"));
    }
}
