package org.staffroomwarden.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.digest.SchoolActivity;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.review.AuditEntry;
import org.staffroomwarden.review.FalsePositive;
import org.staffroomwarden.review.FalsePositiveExport;
import org.staffroomwarden.review.IncidentStatus;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.ReviewStore;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.FileAttachment;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /incidents} and {@code /incident}: redacted, the school's own only. */
public final class IncidentViews {

    private static final int LISTED = 20;

    private final Schools schools;
    private final ReviewStore reviews;
    private final SchoolActivity activity;

    public IncidentViews(Schools schools, ReviewStore reviews, SchoolActivity activity) {
        this.schools = schools;
        this.reviews = reviews;
        this.activity = activity;
    }

    Response list(CommandCall call, School school) {
        long groupId = 0;
        if (call.text("group").isPresent()) {
            String name = call.text("group").get();
            // The names /compliance shows and completes, twins told apart.
            Optional<GovernanceStore.GroupRow> group = activity.group(school, name);
            if (group.isEmpty()) {
                return Reply.privately(SchoolActivity.noSuchGroup(school, name));
            }
            groupId = group.get().groupId();
        }
        Optional<Concern> concern = parse(Concern.class, call.text("category"));
        Optional<IncidentStatus> status = parse(IncidentStatus.class, call.text("status"));
        if (call.text("category").isPresent() && concern.isEmpty() || call.text("status").isPresent() && status.isEmpty()) {
            return Reply.privately("Choose the category and status from the lists offered.");
        }
        // Read more than shown, so that other schools' incidents (a trust) do not crowd out this one's.
        List<Alert> found = reviews.incidents(new ReviewStore.Filter(groupId, concern, status), LISTED * 10).stream()
                .filter(a -> mine(a.groupId(), school)).limit(LISTED).toList();
        if (found.isEmpty()) {
            return Reply.privately("No incidents match.");
        }
        String lines = found.stream().map(a -> "**#" + a.incidentId() + "** · " + a.concern().label() + " · "
                + AlertCards.clip(a.groupName(), 60) + " #" + AlertCards.clip(a.channelName(), 40) + " · "
                + a.status().label() + " · <t:" + a.sentAt().getEpochSecond() + ":R>").collect(Collectors.joining("\n"));
        return Reply.privately("", List.of(Card.of("Incidents (newest first, at most " + LISTED + ")", lines, 0x1A73E8)
                .footer("/incident id:<number> shows one with its audit trail", null)));
    }

    Response detail(CommandCall call, School school) {
        long id = call.id("id");
        Optional<Alert> incident = reviews.incident(id).filter(a -> mine(a.groupId(), school));
        if (incident.isEmpty()) {
            return Reply.privately("Incident " + id + " does not exist in " + school.name() + ".");
        }
        Alert alert = incident.get();
        List<AuditEntry> trail = reviews.audit(id);
        String audit = "<t:" + alert.sentAt().getEpochSecond() + ":f> flagged by the bot"
                + (trail.isEmpty() ? "" : "\n" + trail.stream().map(e -> "<t:" + e.at().getEpochSecond() + ":f> "
                        + label(e.action()) + " by " + e.actorName() + (e.note().isEmpty() ? "" : ": " + e.note()))
                        .collect(Collectors.joining("\n")));
        return Reply.privately("", List.of(AlertCards.card(alert).field("Audit trail", AlertCards.clip(audit, 1024),
                false)));
    }

    private static String label(String action) {
        return Arrays.stream(org.staffroomwarden.review.ReviewAction.values()).filter(a -> a.name().equals(action))
                .findFirst().map(org.staffroomwarden.review.ReviewAction::label).orElse(action);
    }

    /** The school's false positives as a JSON-lines file, for the developers' training data. */
    Response falsePositives(School school) {
        List<FalsePositive> mine = FalsePositiveExport.texts(reviews.falsePositives()).stream()
                .filter(fp -> mine(fp.groupId(), school)).toList();
        if (mine.isEmpty()) {
            return Reply.privately("No alert of " + school.name() + " has been marked a false positive yet.");
        }
        return Reply.privately(mine.size() + " alert" + (mine.size() == 1 ? "" : "s") + " marked false positive in "
                + school.name() + "'s groups, redacted, with the reviewers' reasons and no author or reviewer"
                + " named. Send the file to whoever maintains the bot: they review it and add it to the scanner's"
                + " training data.").withFile(new FileAttachment("false-positives.jsonl",
                        FalsePositiveExport.jsonLines(mine)));
    }

    private boolean mine(long groupId, School school) {
        return schools.belongsTo(groupId, school);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, Optional<String> name) {
        return name.flatMap(n -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(n)).findFirst());
    }
}
