package org.staffroomwarden.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.view.Button;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Field;
import org.staffroomwarden.view.Reply;

/** How a burst post reads, and that it stays within what Discord accepts. */
class BurstCardTest {

    /** Discord's limits for a bot's message: 6,000 characters over its embeds, 25 fields, 25 buttons. */
    private static final int EMBED_TOTAL = 6_000;

    private static int characters(Card card) {
        return card.title().length() + card.description().length() + card.footer().length()
                + card.fields().stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
    }

    @Test
    void eachAlertShowsWhatSltNeedToActOnItInOrder() {
        Burst burst = new Burst(50, 1, LongStream.rangeClosed(11, 17).mapToObj(SampleAlerts::alert).toList());
        Reply reply = BurstCard.reply(burst);
        Card card = reply.cards().get(0);
        assertEquals("7 alerts at once in Year 4", card.title());
        assertTrue(card.description().contains("/incident id:<number>"), card.description());
        assertEquals(LongStream.rangeClosed(11, 17).mapToObj(id -> "🔴 #" + id + " · Personal data · High")
                .toList(), card.fields().stream().map(Field::name).toList());
        assertEquals("> ring me on [PHONE] tonight\nSam Carter in Year 4 › #general · <t:"
                + SampleAlerts.SENT.getEpochSecond() + ":f>\nRule: Personal or sensitive data is not posted.\n"
                + "[Open in Discord](https://discord.com/channels/1/2/3011)", card.fields().get(0).value());
        assertEquals(LongStream.rangeClosed(11, 17).mapToObj(id -> new Button(BurstCard.REVIEW + id, "Review #" + id,
                Button.Style.SECONDARY, false)).toList(), reply.buttons());
        assertFalse(reply.ephemeral(), "posted for SLT to see");
    }

    @Test
    void anAttachmentWithNoTextSaysSo() {
        Alert picture = SampleAlerts.alert(1);
        picture = new Alert(1, 1, picture.concern(), picture.severity(), picture.rule(), picture.groupName(),
                picture.channelName(), picture.authorName(), 7, picture.sentAt(), "", picture.message(), List.of(),
                picture.detectors(), picture.status(), "", picture.sentAt());
        String value = BurstCard.card(new Burst(50, 1, List.of(picture))).fields().get(0).value();
        assertTrue(value.startsWith("*(no text: an attachment)*\n"), value);
    }

    @Test
    void theLongestAlertsStayWithinDiscordsLimitsEvenIfTheGroupIsRenamedBeforeSending() {
        List<Alert> run = LongStream.rangeClosed(1, 60).mapToObj(SampleAlerts::longest).toList();
        for (List<Alert> post : BurstPlanner.split(run)) {
            Card card = BurstCard.card(new Burst(50, 1, post));
            assertTrue(characters(card) <= EMBED_TOTAL, characters(card) + " characters");
            assertTrue(card.fields().size() <= 25 && BurstCard.reply(new Burst(50, 1, post)).buttons().size() <= 25);
            assertTrue(card.title().length() <= 256);
            card.fields().forEach(f -> assertTrue(f.name().length() <= 256 && f.value().length() <= 1024,
                    f.toString()));
            String excerpt = card.fields().get(0).value().lines().findFirst().orElseThrow();
            assertTrue(excerpt.length() <= 93 && excerpt.endsWith("…"), "a short excerpt, on one line: " + excerpt);
        }
        List<Alert> planned = BurstPlanner.split(LongStream.rangeClosed(1, 20).mapToObj(SampleAlerts::alert).toList())
                .get(0);
        assertEquals(20, planned.size(), "ordinary alerts: twenty to a post");
    }
}
