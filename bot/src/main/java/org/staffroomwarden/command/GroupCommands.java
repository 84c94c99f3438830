package org.staffroomwarden.command;

import java.util.List;
import java.util.Optional;
import org.staffroomwarden.access.Action;
import org.staffroomwarden.access.Caller;
import org.staffroomwarden.access.RoleResolver;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.governance.CheckResult;
import org.staffroomwarden.governance.CheckStatus;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.view.Button;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /group purpose}, {@code /group info}, {@code /attest}, and the headteacher's Acknowledge. */
public final class GroupCommands {

    static final String ATTEST_BUTTON = "attest:confirm";
    static final String STATEMENT = "I confirm that every device I use for this group locks with a PIN, password,"
            + " fingerprint or face, and that I will keep it that way.";
    private static final int MAX_PURPOSE = 500;

    private final GovernanceStore store;
    private final GovernanceMonitor governance;
    private final Schools schools;

    public GroupCommands(GovernanceStore store, GovernanceMonitor governance, Schools schools) {
        this.store = store;
        this.governance = governance;
        this.schools = schools;
    }

    Response purpose(CommandCall call) {
        if (schools.isHome(call.guildId())) {
            return Reply.privately("This is the school's home server, not a staff group.");
        }
        Optional<String> purpose = call.text("purpose");
        if (purpose.isEmpty() || purpose.get().length() < 10) {
            return Reply.privately("Say in a sentence what the group is for, and name its team, e.g. \"Year 4 team:"
                    + " planning, cover and trips\".");
        }
        if (purpose.get().length() > MAX_PURPOSE) {
            return Reply.privately("The purpose is " + purpose.get().length() + " characters long; keep it under "
                    + MAX_PURPOSE + ".");
        }
        store.setPurpose(call.guildId(), purpose.get(), call.userId());
        List<CheckResult> checks = governance.recheck(call.guildId());
        String staff = checks.stream().filter(c -> c.check() == org.staffroomwarden.policy.Concern.STAFF_INCLUDED)
                .findFirst().map(c -> "\nStaff check: " + c.status().label() + " · " + c.detail()).orElse("");
        return Reply.privately("Purpose recorded: " + purpose.get() + staff);
    }

    Response info(CommandCall call, School school) {
        if (schools.isHome(call.guildId())) {
            return Reply.privately("This is the school's home server: use /compliance for the groups.");
        }
        List<CheckResult> checks = governance.recheck(call.guildId());
        if (checks.isEmpty()) {
            return Reply.privately("This group is not recorded yet; try again in a minute.");
        }
        return Reply.privately("", List.of(checksCard("This group's checks", checks, school)));
    }

    /** The five checks, each pass or fail, with what to do about any that is not passing. */
    static Card checksCard(String title, List<CheckResult> checks, School school) {
        boolean ok = checks.stream().allMatch(c -> c.status() == CheckStatus.PASS);
        Card card = Card.of(title, "School: " + school.name(), ok ? 0x1E8E3E : 0xD93025);
        for (CheckResult check : checks) {
            String fix = check.status() == CheckStatus.PASS || check.fix().isEmpty() ? "" : "\n**To fix:** " + check.fix();
            card = card.field(check.status().label() + " · " + check.check().label(),
                    AlertCards.clip(check.detail() + fix, 1024), false);
        }
        return card;
    }

    Response attest() {
        Card card = Card.of("Device security", STATEMENT + "\n\nThe school's policy asks that devices used for staff"
                + " groups have at least a PIN to open them. Press Confirm if this is true of yours.", 0x1A73E8);
        return Reply.privately("", List.of(card)).withButtons(List.of(
                new Button(ATTEST_BUTTON, "Confirm", Button.Style.SUCCESS, false)));
    }

    Response confirmAttest(Caller caller) {
        store.attest(caller.userId());
        governance.recheckGroupsOf(caller.userId());
        return new Reply("Thank you: your confirmation is recorded.", List.of(), List.of(), Optional.empty(), true,
                true);
    }

    Response acknowledge(Press press, RoleResolver roles) {
        long groupId;
        try {
            groupId = Long.parseLong(press.id().substring(AlertCards.ACKNOWLEDGE_GROUP.length()));
        } catch (NumberFormatException e) {
            return Reply.privately("This button is not one of the bot's.");
        }
        School school = schools.forGroup(groupId);
        Caller caller = roles.caller(press.userId(), press.userName(), press.guildId(), school);
        if (!Action.ACKNOWLEDGE_GROUP.allows(caller)) {
            return Reply.privately(Action.ACKNOWLEDGE_GROUP.refusal());
        }
        boolean first = store.acknowledge(groupId, caller.userId());
        governance.recheck(groupId);
        String name = store.groupName(groupId);
        return new Reply(first ? "✅ Acknowledged: you are aware of **" + name + "**. Thank you."
                : "You had already acknowledged **" + name + "**.", List.of(), List.of(), Optional.empty(), false, true);
    }
}
