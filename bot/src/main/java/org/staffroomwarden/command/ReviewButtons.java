package org.staffroomwarden.command;

import java.util.Optional;
import org.staffroomwarden.access.Action;
import org.staffroomwarden.access.Caller;
import org.staffroomwarden.access.RoleResolver;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.review.ReviewAction;
import org.staffroomwarden.review.ReviewOutcome;
import org.staffroomwarden.review.ReviewService;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.view.Modal;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** The buttons on alerts, and the form that asks why an alert is a false positive. */
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
        Optional<ReviewAction.Target> target = form ? formTarget(press.id()) : ReviewAction.parse(press.id());
        if (target.isEmpty()) {
            return Reply.privately("This button is not one of the bot's.");
        }
        long incidentId = target.get().incidentId();
        Optional<Alert> incident = review.incident(incidentId);
        if (incident.isEmpty()) {
            return Reply.privately("Incident " + incidentId + " does not exist.");
        }
        School school = schools.forGroup(incident.get().groupId());
        Caller caller = roles.caller(press.userId(), press.userName(), press.guildId(), school);
        if (!Action.REVIEW.allows(caller)) {
            return Reply.privately(Action.REVIEW.refusal());
        }
        ReviewAction action = target.get().action();
        if (action == ReviewAction.FALSE_POSITIVE && !form) {
            Optional<String> refused = review.refusal(incident.get(), action, school.headteacherId());
            return refused.<Response>map(Reply::privately).orElseGet(() -> new Modal(REASON_FORM + incidentId,
                    "False positive: incident " + incidentId, "Why is this not a breach?",
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

    private static Optional<ReviewAction.Target> formTarget(String id) {
        try {
            return Optional.of(new ReviewAction.Target(ReviewAction.FALSE_POSITIVE,
                    Long.parseLong(id.substring(REASON_FORM.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
