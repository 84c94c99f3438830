package org.staffroomwarden.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.access.Action;
import org.staffroomwarden.access.Caller;
import org.staffroomwarden.access.RoleResolver;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.StoreException;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/**
 * Every command, button and form comes through here: the caller's roles are worked out, the
 * action is allowed or refused in one line, and the right handler answers.
 */
public final class Commands {

    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private final Schools schools;
    private final RoleResolver roles;
    private final SetupCommands setup;
    private final ComplianceReport compliance;
    private final IncidentViews incidents;
    private final GroupCommands groups;
    private final Imports imports;
    private final PolicyTexts texts;
    private final ReviewButtons review;

    public Commands(Schools schools, RoleResolver roles, SetupCommands setup, ComplianceReport compliance,
            IncidentViews incidents, GroupCommands groups, Imports imports, PolicyTexts texts, ReviewButtons review) {
        this.schools = schools;
        this.roles = roles;
        this.setup = setup;
        this.compliance = compliance;
        this.incidents = incidents;
        this.groups = groups;
        this.imports = imports;
        this.texts = texts;
        this.review = review;
    }

    /** The action a command asks for; empty for an unknown command. */
    static Optional<Action> action(CommandCall call) {
        return Optional.ofNullable(switch (call.path()) {
            case "warden setup" -> Action.SETUP;
            case "warden school" -> Action.ASSIGN_SCHOOL;
            case "compliance" -> Action.COMPLIANCE;
            case "incidents" -> Action.INCIDENTS;
            case "incident" -> Action.INCIDENT;
            case "false-positives" -> Action.FALSE_POSITIVES;
            case "group purpose" -> Action.GROUP_PURPOSE;
            case "group info" -> Action.GROUP_INFO;
            case "attest" -> Action.ATTEST;
            case "policy" -> Action.POLICY;
            case "privacy" -> Action.PRIVACY;
            case "roster import" -> Action.ROSTER_IMPORT;
            case "staff import" -> Action.STAFF_IMPORT;
            default -> null;
        });
    }

    public Response handle(CommandCall call) {
        Optional<Action> action = action(call);
        if (action.isEmpty()) {
            return Reply.privately("I don't know /" + call.path() + ".");
        }
        // Moving a group to a school is for that school's home Administrators, not the current one's.
        School school = action.get() == Action.ASSIGN_SCHOOL ? setup.named(call).orElse(schoolOf(call)) : schoolOf(call);
        Caller caller = roles.caller(call.userId(), call.userName(), call.guildId(), school);
        if (!action.get().allows(caller)) {
            return Reply.privately(action.get().refusal());
        }
        try {
            return switch (action.get()) {
                case SETUP -> setup.setup(call, school);
                case ASSIGN_SCHOOL -> setup.assign(call, school);
                case COMPLIANCE -> compliance.answer(call, school);
                case INCIDENTS -> incidents.list(call, school);
                case INCIDENT -> incidents.detail(call, school);
                case FALSE_POSITIVES -> incidents.falsePositives(school);
                case GROUP_PURPOSE -> groups.purpose(call);
                case GROUP_INFO -> groups.info(call, school);
                case ATTEST -> groups.attest();
                case POLICY -> texts.policy();
                case PRIVACY -> texts.privacy();
                case ROSTER_IMPORT -> imports.roster(call);
                case STAFF_IMPORT -> imports.staff(call, school);
                default -> Reply.privately("I don't know /" + call.path() + ".");
            };
        } catch (StoreException e) {
            LOG.error("/{} failed: {}", call.path(), e.getMessage());
            return Reply.privately("The bot's database is busy or unavailable, so nothing was changed; try again in a"
                    + " minute, and tell whoever runs the bot if it keeps happening.");
        }
    }

    /**
     * Suggestions for the option being typed: names containing what was typed, in any case, at
     * most 25. Only for a caller who may run the command: the names are the school's own, and
     * autocompletion would otherwise show them to anyone in the server who starts typing.
     */
    public List<String> complete(CommandCall call, String option) {
        Optional<Action> action = action(call);
        if (action.isEmpty()) {
            return List.of();
        }
        String typed = call.text(option).orElse("").toLowerCase(Locale.ROOT);
        List<String> names = switch (option) {
            case "group" -> may(call, action.get(), schoolOf(call)) ? compliance.groupNames(schoolOf(call)) : List.of();
            // Only the schools the caller may move a group to: those whose home server they administer.
            case "name" -> schools.all().stream().filter(s -> may(call, action.get(), s)).map(School::name).toList();
            default -> List.of();
        };
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(typed)).limit(25).toList();
    }

    private boolean may(CommandCall call, Action action, School school) {
        return action.allows(roles.caller(call.userId(), call.userName(), call.guildId(), school));
    }

    /**
     * Whether pressing this button may open a form. A form must be the interaction's first answer,
     * so such a press is answered at once instead of deferred.
     */
    public static boolean mayOpenForm(String buttonId) {
        return ReviewButtons.opensForm(buttonId);
    }

    public Response press(Press press) {
        try {
            if (press.id().startsWith(GroupCommands.ATTEST_BUTTON)) {
                Caller caller = roles.caller(press.userId(), press.userName(), press.guildId(),
                        schools.forGroup(press.guildId()));
                return Action.CONFIRM_ATTEST.allows(caller) ? groups.confirmAttest(caller)
                        : Reply.privately(Action.CONFIRM_ATTEST.refusal());
            }
            if (press.id().startsWith(org.staffroomwarden.alert.AlertCards.ACKNOWLEDGE_GROUP)) {
                return groups.acknowledge(press, roles);
            }
            return review.press(press, roles);
        } catch (StoreException e) {
            LOG.error("Button {} failed: {}", press.id(), e.getMessage());
            return Reply.privately("The bot's database is busy or unavailable, so nothing was changed; try again in a"
                    + " minute.");
        }
    }

    private School schoolOf(CommandCall call) {
        return schools.byHome(call.guildId()).orElseGet(() -> schools.forGroup(call.guildId()));
    }
}
