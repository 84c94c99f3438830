package org.staffroomwarden.command;

import java.util.List;
import java.util.Optional;
import org.staffroomwarden.access.Action;
import org.staffroomwarden.access.Caller;
import org.staffroomwarden.access.RoleResolver;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.alert.BurstCard;
import org.staffroomwarden.review.ReviewAction;
import org.staffroomwarden.review.ReviewOutcome;
import org.staffroomwarden.review.ReviewService;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.view.Modal;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/**
 * The buttons on alerts and on burst posts, and the form that asks why an alert is a false
 * positive.
 */
public final class ReviewButtons {

    static final String REASON_FORM = "fp:";

    private final Schools schools;
    private final ReviewService review;

    public ReviewButtons(Schools schools, ReviewService review) {
        this.schools = schools;
        this.review = review;
    }

    Response press(Press press, RoleResolver roles) {
        boolean form = press.id().startsWith(REASON_FORM);
        boolean open = press.id().startsWith(BurstCard.REVIEW);
        Optional<ReviewAction.Target> button = form || open ? Optional.empty() : ReviewAction.parse(press.id());
        Optional<Long> incidentId = form ? number(press.id(), REASON_FORM) : open ? number(press.id(), BurstCard.REVIEW)
                : button.map(ReviewAction.Target::incidentId);
        if (incidentId.isEmpty()) {
            return Reply.privately("This button is not one of the bot's.");
        }
        Optional<Alert> incident = review.incident(incidentId.get());
        if (incident.isEmpty()) {
            return Reply.privately("Incident " + incidentId.get() + " does not exist.");
        }
        School school = schools.forGroup(incident.get().groupId());
        Caller caller = roles.caller(press.userId(), press.userName(), press.guildId(), school);
        if (!Action.REVIEW.allows(caller)) {
            return Reply.privately(Action.REVIEW.refusal());
        }
        if (open) {
            // A burst post lists many incidents; each is worked on its own card, shown to whoever asked.
            return Reply.privately("", List.of(AlertCards.card(incident.get())))
                    .withButtons(AlertCards.buttons(incident.get()));
        }
        ReviewAction action = form ? ReviewAction.FALSE_POSITIVE : button.orElseThrow().action();
        if (action == ReviewAction.FALSE_POSITIVE && !form) {
            Optional<String> refused = review.refusal(incident.get(), action, school.headteacherId());
            return refused.<Response>map(Reply::privately).orElseGet(() -> new Modal(REASON_FORM + incidentId.get(),
                    "False positive: incident " + incidentId.get(), "Why is this not a breach?",
                    "e.g. a work request, the school's own number"));
        }
        ReviewOutcome outcome = review.act(incident.get(), action, caller, press.value(), school.headteacherId());
        if (outcome instanceof ReviewOutcome.Refused refused) {
            return Reply.privately(refused.reason());
        }
        return AlertCards.alert(((ReviewOutcome.Done) outcome).incident()).replacing();
    }

    static boolean opensForm(String buttonId) {
        return ReviewAction.parse(buttonId).map(t -> t.action() == ReviewAction.FALSE_POSITIVE).orElse(false);
    }

    /** The incident id after the prefix of a form's or a burst's button id. */
    private static Optional<Long> number(String id, String prefix) {
        try {
            return Optional.of(Long.parseLong(id.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
