package org.staffroomwarden.alert;

import java.util.Comparator;
import java.util.List;
import org.staffroomwarden.view.Button;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Text;

/**
 * How a burst post reads: one card listing its alerts, oldest first, each with what SLT need to
 * act on it, and a Review button each that shows that alert's own card and buttons to whoever
 * pressed it. Personal data is already hidden in every excerpt.
 */
public final class BurstCard {

    /** The Review button's id prefix, followed by the incident id. */
    public static final String REVIEW = "burst-review:";
    /** The most alerts in one post: a field and a button each, within Discord's 25 of each. */
    static final int MOST = 20;
    /**
     * What the alerts' fields may take of the 6,000 characters Discord allows a message's embeds;
     * the title, description and footer take at most the rest.
     */
    static final int BUDGET = 5_400;
    private static final int GROUP = 40;
    private static final int CHANNEL = 30;
    private static final int AUTHOR = 30;
    private static final int EXCERPT = 90;
    private static final int RULE = 70;

    private BurstCard() {
    }

    public static Reply reply(Burst burst) {
        return Reply.posted(List.of(card(burst)), burst.alerts().stream().map(a -> new Button(REVIEW + a.incidentId(),
                "Review #" + a.incidentId(), Button.Style.SECONDARY, false)).toList());
    }

    public static Card card(Burst burst) {
        List<Alert> alerts = burst.alerts();
        Alert first = alerts.get(0);
        Alert worst = alerts.stream().max(Comparator.comparing(Alert::severity)).orElseThrow();
        Card card = Card.of(alerts.size() + " alerts at once in " + AlertCards.clip(first.groupName(), 100),
                "Posted together rather than one by one; each is an incident of its own. Its Review button shows"
                        + " you its alert and buttons, or use /incident id:<number>.",
                AlertCards.colour(worst.severity()));
        for (Alert alert : alerts) {
            card = card.field(name(alert), value(alert), false);
        }
        return card.footer("Oldest first, from", first.sentAt());
    }

    /**
     * The most characters the alert's field can take, whatever its group and channel are called
     * by the time the post is sent, so a burst decided now still fits then.
     */
    static int size(Alert alert) {
        return name(alert).length() + value(alert).length() - AlertCards.clip(alert.groupName(), GROUP).length()
                - AlertCards.clip(alert.channelName(), CHANNEL).length() + GROUP + CHANNEL;
    }

    private static String name(Alert alert) {
        return AlertCards.marker(alert.severity()) + " #" + alert.incidentId() + " · " + alert.concern().label()
                + " · " + alert.severity().label();
    }

    private static String value(Alert alert) {
        String excerpt = alert.excerpt().isEmpty() ? "*(no text: an attachment)*"
                : "> " + Text.excerpt(alert.excerpt(), EXCERPT);
        return excerpt + "\n" + AlertCards.clip(alert.authorName(), AUTHOR) + " in "
                + AlertCards.clip(alert.groupName(), GROUP) + " › #" + AlertCards.clip(alert.channelName(), CHANNEL)
                + " · <t:" + alert.sentAt().getEpochSecond() + ":f>\nRule: "
                + AlertCards.clip(alert.rule().text(), RULE) + "\n[Open in Discord](" + alert.message().jumpUrl() + ")";
    }
}
