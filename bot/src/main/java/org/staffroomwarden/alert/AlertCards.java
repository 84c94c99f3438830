package org.staffroomwarden.alert;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.staffroomwarden.governance.GroupSnapshot;
import org.staffroomwarden.governance.Member;
import org.staffroomwarden.policy.Severity;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.review.ReviewAction;
import org.staffroomwarden.view.Button;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Text;

/** How each outbox item reads. Personal data is already hidden in every excerpt. */
public final class AlertCards {

    /** The button id prefix for the headteacher's Acknowledge, followed by the group id. */
    public static final String ACKNOWLEDGE_GROUP = "ack-group:";
    private static final int GREEN = 0x1E8E3E;
    private static final int RED = 0xD93025;
    private static final int GREY = 0x80868B;

    private AlertCards() {
    }

    /** An incident's alert with its review buttons, disabled once the incident is closed. */
    public static Reply alert(Alert alert) {
        return Reply.posted(List.of(card(alert)), buttons(alert));
    }

    public static List<Button> buttons(Alert alert) {
        boolean closed = alert.status().closed();
        return Arrays.stream(ReviewAction.values()).map(a -> a.button(alert.incidentId(), closed
                || a.result() == alert.status())).toList();
    }

    public static Card card(Alert alert) {
        Card card = Card.of(marker(alert.severity()) + " " + alert.concern().label() + " · " + alert.severity().label()
                        + " severity",
                alert.excerpt().isEmpty() ? "*(no text: an attachment)*" : quote(alert.excerpt()),
                alert.status().closed() ? GREY : colour(alert.severity()))
                .field("Group", clip(alert.groupName(), 256), true)
                .field("Channel", "#" + clip(alert.channelName(), 250), true)
                .field("Author", clip(alert.authorName(), 256), true)
                .field("Sent", "<t:" + alert.sentAt().getEpochSecond() + ":f>", true);
        if (!alert.types().isEmpty()) {
            card = card.field("Found", alert.types().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + " (by " + alert.detectors().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).sorted()
                            .collect(Collectors.joining(", ")) + ")", true);
        }
        card = card.field("Rule", clip(alert.rule().text() + "\n*" + alert.rule().source() + "*", 1024), false)
                .field("Message", "[Open in Discord](" + alert.message().jumpUrl() + ")", false)
                .field("Status", status(alert), false);
        return card.footer("Incident " + alert.incidentId(), alert.sentAt());
    }

    private static String status(Alert alert) {
        if (alert.status() == IncidentStatus.OPEN) {
            return "Open";
        }
        return alert.status().label() + " by " + clip(alert.statusBy(), 100) + ", <t:"
                + alert.statusAt().getEpochSecond() + ":f>";
    }

    public static Card breach(BreachAlert breach) {
        boolean recovered = breach.recoveredAt().isPresent();
        Card card = Card.of((recovered ? "✅ Fixed: " : "❌ Breach: ") + breach.rule().concern().label() + " · "
                + clip(breach.groupName(), 150), clip(breach.detail(), 2000), recovered ? GREEN : RED)
                .field("Group", clip(breach.groupName(), 256), true)
                .field("Since", "<t:" + breach.openedAt().getEpochSecond() + ":f>", true);
        if (recovered) {
            card = card.field("Fixed", "<t:" + breach.recoveredAt().get().getEpochSecond() + ":f>", true);
        } else if (!breach.fix().isEmpty()) {
            card = card.field("What to do", clip(breach.fix(), 1024), false);
        }
        return card.field("Rule", clip(breach.rule().text() + "\n*" + breach.rule().source() + "*", 1024), false)
                .footer("Governance check", breach.recoveredAt().orElse(breach.openedAt()));
    }

    /** What the headteacher is asked to acknowledge: the group as it is now. */
    public static Reply headteacherNotice(HeadteacherNotice notice, GroupSnapshot group) {
        List<Member> admins = group.admins();
        Card card = Card.of("A staff group uses Staffroom Warden: " + clip(group.name(), 150),
                "The bot has joined this group and watches it for the school's social media policy. Please"
                        + " acknowledge that you know of it: the policy asks that the headteacher is aware of every"
                        + " staff group.", 0x1A73E8)
                .field("Group", clip(group.name(), 256), true)
                .field("Owner", "<@" + group.ownerId() + ">", true)
                .field("Members", Integer.toString(group.humans().size()), true)
                .field("Admins", admins.isEmpty() ? "none"
                        : admins.stream().limit(15).map(m -> "<@" + m.userId() + ">").collect(Collectors.joining(", ")),
                        false);
        return Reply.posted(List.of(card), List.of(new Button(ACKNOWLEDGE_GROUP + notice.groupId(), "Acknowledge",
                Button.Style.SUCCESS, false)));
    }

    public static Card nudge(AuthorNudge nudge) {
        return Card.of("A message of yours was flagged",
                "Your message in **" + clip(nudge.groupName(), 100) + "** was flagged under the school's social"
                        + " media policy, and the senior leadership team have been told. Please delete it: open it with"
                        + " the link below, hover over it (or press and hold on a phone) and choose Delete Message.",
                0xF29900)
                .field("Rule", clip(nudge.rule().text() + "\n*" + nudge.rule().source() + "*", 1024), false)
                .field("Message", "[Open in Discord](" + nudge.message().jumpUrl() + ")", false)
                .footer("Incident " + nudge.incidentId(), null);
    }

    public static Card escalation(Escalation escalation) {
        Card alert = card(escalation.alert());
        return new Card("Escalated by " + clip(escalation.escalatedBy(), 100) + ": " + alert.title(),
                alert.description(), alert.fields(), alert.colour(), alert.footer(), alert.timestamp());
    }

    private static String quote(String excerpt) {
        return clip("> " + excerpt.replace("\n", "\n> "), 4000);
    }

    static String marker(Severity severity) {
        return switch (severity) {
            case HIGH -> "\uD83D\uDD34";
            case MEDIUM -> "\uD83D\uDFE0";
            case LOW -> "\uD83D\uDFE1";
        };
    }

    static int colour(Severity severity) {
        return switch (severity) {
            case HIGH -> 0xD93025;
            case MEDIUM -> 0xF29900;
            case LOW -> 0xF9D71C;
        };
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair; text cut short ends with "…". */
    public static String clip(String text, int max) {
        return Text.clipWithEllipsis(text, max);
    }
}
