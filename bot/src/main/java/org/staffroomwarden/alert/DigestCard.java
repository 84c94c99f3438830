package org.staffroomwarden.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.staffroomwarden.chart.ComplianceChart;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.FileAttachment;
import org.staffroomwarden.view.Reply;

/** How the weekly digest reads in the SLT channel: one card and the four-week chart. */
public final class DigestCard {

    /** Groups shown one by one; the rest are counted, so the card stays within Discord's 25 fields. */
    static final int GROUPS_SHOWN = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private DigestCard() {
    }

    public static Reply reply(Digest digest) {
        return Reply.posted(List.of(card(digest)), List.of())
                .withFile(new FileAttachment("digest.png", ComplianceChart.png("Flags per group, 4 weeks to "
                        + digest.until().minusDays(1).format(DAY_YEAR) + ": " + digest.schoolName(),
                        digest.groups().stream().map(Digest.Group::name).toList(), digest.weeks(), digest.flags())));
    }

    public static Card card(Digest digest) {
        LocalDate week = digest.reportedWeek();
        Map<Concern, Integer> now = digest.counts(null, week);
        Map<Concern, Integer> before = digest.counts(null, digest.weekBefore());
        int open = digest.groups().stream().mapToInt(Digest.Group::openIncidents).sum();
        long failing = digest.groups().stream().filter(g -> !g.failing().isEmpty()).count();
        String summary = week.format(DAY) + " to " + digest.until().minusDays(1).format(DAY_YEAR) + ": "
                + flags(Digest.total(now)) + ", " + trend(Digest.total(now), Digest.total(before)) + " ("
                + Digest.total(before) + ").\n" + open + " open incident" + (open == 1 ? "" : "s")
                + " · " + failing + " of " + digest.groups().size() + " group" + (digest.groups().size() == 1 ? "" : "s")
                + " failing a governance check.";
        Card card = Card.of("📊 Weekly digest: " + AlertCards.clip(digest.schoolName(), 200), summary, 0x1A73E8);
        if (!now.isEmpty() || !before.isEmpty()) {
            card = card.field("By category", byCategory(now, before), false);
        }
        card = groups(digest, card);
        String breaches = digest.groups().stream().filter(g -> !g.failing().isEmpty())
                .map(g -> "**" + AlertCards.clip(g.name(), 100) + "**: " + g.failing().stream().map(Concern::label)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        return card.field("Governance", breaches.isEmpty() ? "Every group passes every check."
                : AlertCards.clip(breaches + "\n`/compliance group:<name>` says what to fix.", 1024), false)
                .footer("Weekly digest · /compliance shows the present", null);
    }

    private static Card groups(Digest digest, Card card) {
        record Line(Digest.Group group, Map<Concern, Integer> now, int total, int before) {
        }
        List<Line> active = new ArrayList<>();
        int quiet = 0;
        for (Digest.Group g : digest.groups()) {
            Map<Concern, Integer> now = digest.counts(g.name(), digest.reportedWeek());
            int before = Digest.total(digest.counts(g.name(), digest.weekBefore()));
            if (now.isEmpty() && before == 0 && g.openIncidents() == 0) {
                quiet++;
            } else {
                active.add(new Line(g, now, Digest.total(now), before));
            }
        }
        active.sort(Comparator.comparingInt(Line::total).reversed().thenComparing(l -> l.group().name()));
        for (Line line : active.subList(0, Math.min(GROUPS_SHOWN, active.size()))) {
            String counts = line.now().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            card = card.field(AlertCards.clip(line.group().name(), 250), flags(line.total()) + " ("
                    + trend(line.total(), line.before()) + ")" + (counts.isEmpty() ? "" : ": " + counts)
                    + "\nOpen incidents: " + line.group().openIncidents(), false);
        }
        int hidden = Math.max(0, active.size() - GROUPS_SHOWN);
        if (hidden > 0 || quiet > 0) {
            List<String> rest = new ArrayList<>();
            if (hidden > 0) {
                rest.add(hidden + " more group" + (hidden == 1 ? "" : "s") + " with flags or open incidents (see"
                        + " /compliance)");
            }
            if (quiet > 0) {
                rest.add(quiet + " group" + (quiet == 1 ? "" : "s") + " with no flags in either week and nothing open");
            }
            card = card.field("Other groups", String.join("\n", rest), false);
        }
        return card;
    }

    private static String byCategory(Map<Concern, Integer> now, Map<Concern, Integer> before) {
        return Concern.messageConcerns().stream().filter(c -> now.containsKey(c) || before.containsKey(c))
                .map(c -> c.label() + ": " + now.getOrDefault(c, 0) + " (" + trend(now.getOrDefault(c, 0),
                        before.getOrDefault(c, 0)) + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String flags(int count) {
        return count + " flag" + (count == 1 ? "" : "s");
    }

    /** Against the week before: up, down or the same. */
    static String trend(int now, int before) {
        if (now == before) {
            return "same as the week before";
        }
        return (now > before ? "▲ " : "▼ ") + Math.abs(now - before) + " on the week before";
    }
}
