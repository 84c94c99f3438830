package org.staffroomwarden.alert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffroomwarden.chart.WeeklyFlags;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Field;
import org.staffroomwarden.view.Reply;

/** How the weekly digest reads. */
class DigestCardTest {

    private static final LocalDate UNTIL = LocalDate.parse("2026-11-23");
    private static final LocalDate WEEK = UNTIL.minusWeeks(1);
    private static final LocalDate BEFORE = UNTIL.minusWeeks(2);

    private static Digest digest(List<Digest.Group> groups, WeeklyFlags... flags) {
        return new Digest(7, 100, "Oakfield Primary", UNTIL, groups, Arrays.asList(flags));
    }

    private static String field(Card card, String name) {
        return card.fields().stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + card.fields()));
    }

    @Test
    void saysTheWeekTheTrendAndWhatFails() {
        Digest digest = digest(List.of(new Digest.Group(1, "Year 4 Team", 2, List.of()),
                        new Digest.Group(2, "Maths", 0, List.of(Concern.ADMINS_SHARED, Concern.PURPOSE_STATED)),
                        new Digest.Group(3, "Science", 0, List.of())),
                new WeeklyFlags("Year 4 Team", WEEK, Concern.PERSONAL_DATA, 3),
                new WeeklyFlags("Year 4 Team", WEEK, Concern.BANTER, 1),
                new WeeklyFlags("Year 4 Team", BEFORE, Concern.BANTER, 6));
        Card card = DigestCard.card(digest);
        assertEquals("📊 Weekly digest: Oakfield Primary", card.title());
        assertTrue(card.description().startsWith("Mon 16 Nov to Sun 22 Nov 2026: 4 flags, ▼ 2 on the week before (6)."),
                card.description());
        assertTrue(card.description().contains("2 open incidents · 1 of 3 groups failing a governance check."),
                card.description());
        assertEquals("Personal data: 3 (▲ 3 on the week before)\nGossip or banter: 1 (▼ 5 on the week before)",
                field(card, "By category"));
        assertEquals("4 flags (▼ 2 on the week before): Personal data 3, Gossip or banter 1\nOpen incidents: 2",
                field(card, "Year 4 Team"));
        assertEquals("2 groups with no flags in either week and nothing open", field(card, "Other groups"));
        assertTrue(field(card, "Governance").startsWith("**Maths**: Admin rights shared, Purpose stated"),
                field(card, "Governance"));
    }

    @Test
    void aQuietWeekSaysSo() {
        Card card = DigestCard.card(digest(List.of(new Digest.Group(1, "Year 4 Team", 0, List.of()))));
        assertTrue(card.description().contains("0 flags, same as the week before (0)"), card.description());
        assertTrue(card.fields().stream().noneMatch(f -> f.name().equals("By category")));
        assertEquals("Every group passes every check.", field(card, "Governance"));
    }

    @Test
    void manyGroupsStayWithinDiscordsLimitsBusiestFirst() {
        List<Digest.Group> groups = new ArrayList<>();
        List<WeeklyFlags> flags = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            groups.add(new Digest.Group(i, "Group " + i, 0, List.of(Concern.PURPOSE_STATED)));
            flags.add(new WeeklyFlags("Group " + i, WEEK, Concern.BANTER, i));
        }
        Card card = DigestCard.card(new Digest(7, 100, "Oakfield Primary", UNTIL, groups, flags));
        assertTrue(card.fields().size() <= 25, "Discord allows 25 fields");
        assertEquals("Group 40", card.fields().get(1).name(), "the busiest group comes first");
        assertEquals(DigestCard.GROUPS_SHOWN, card.fields().stream().filter(f -> f.name().startsWith("Group ")).count());
        assertTrue(field(card, "Other groups").startsWith("25 more groups with flags"), field(card, "Other groups"));
        assertTrue(field(card, "Governance").length() <= 1024, "a field holds 1,024 characters");
        int total = card.title().length() + card.description().length() + card.footer().length()
                + card.fields().stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
        assertTrue(total <= 6000, "an embed holds 6,000 characters in all: " + total);
    }

    @ParameterizedTest
    @CsvSource({"5, 5, same as the week before", "7, 2, ▲ 5 on the week before", "0, 3, ▼ 3 on the week before"})
    void trend(int now, int before, String expected) {
        assertEquals(expected, DigestCard.trend(now, before));
    }

    @Test
    void carriesTheChartAsAPng() {
        Reply reply = DigestCard.reply(digest(List.of(new Digest.Group(1, "Year 4 Team", 0, List.of())),
                new WeeklyFlags("Year 4 Team", WEEK, Concern.BANTER, 2)));
        assertEquals("digest.png", reply.file().orElseThrow().filename());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                Arrays.copyOf(reply.file().orElseThrow().bytes(), 4));
        assertTrue(!reply.ephemeral(), "a post in the SLT channel, not a private answer");
    }
}
