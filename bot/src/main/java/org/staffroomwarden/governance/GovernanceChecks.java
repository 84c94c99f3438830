package org.staffroomwarden.governance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.staff.StaffMember;

/**
 * The five checks, computed from a snapshot and the facts: a pure function, so every rule can be
 * tested without Discord or a database.
 */
public final class GovernanceChecks {

    /** How many people a detail lists before it says "and N more". */
    private static final int LISTED = 15;

    private final Duration grace;
    private final double attestedShare;

    public GovernanceChecks(Duration grace, double attestedShare) {
        this.grace = grace;
        this.attestedShare = attestedShare;
    }

    public List<CheckResult> evaluate(GroupSnapshot group, GroupFacts facts, Instant now) {
        boolean inGrace = now.isBefore(facts.joinedAt().plus(grace));
        return List.of(admins(group), purpose(facts, inGrace), staff(group, facts, inGrace),
                headteacher(facts, inGrace), devices(group, facts, inGrace));
    }

    private static CheckResult admins(GroupSnapshot group) {
        List<Member> admins = group.admins();
        if (admins.size() >= 2) {
            return pass(Concern.ADMINS_SHARED, admins.size() + " members of staff hold admin rights: "
                    + listed(admins.stream().map(m -> mention(m.userId())).toList()) + ".");
        }
        String who = admins.isEmpty() ? "No member of staff holds" : "Only " + mention(admins.get(0).userId()) + " holds";
        return new CheckResult(Concern.ADMINS_SHARED, CheckStatus.FAIL, who + " admin rights.",
                "Give a second member of staff Administrator or Manage Server (Server Settings > Roles).");
    }

    private static CheckResult purpose(GroupFacts facts, boolean inGrace) {
        if (facts.purpose().isPresent()) {
            return pass(Concern.PURPOSE_STATED, "Purpose: " + facts.purpose().get());
        }
        return failing(Concern.PURPOSE_STATED, inGrace, "No purpose has been stated.",
                "A group admin states it with /group purpose.");
    }

    private static CheckResult staff(GroupSnapshot group, GroupFacts facts, boolean inGrace) {
        if (facts.directory().isEmpty()) {
            return new CheckResult(Concern.STAFF_INCLUDED, CheckStatus.PENDING, "No staff directory yet.",
                    "SLT import it with /staff import.");
        }
        List<String> teams = facts.teamsNamed();
        if (teams.isEmpty()) {
            return new CheckResult(Concern.STAFF_INCLUDED, CheckStatus.PENDING,
                    "The purpose names no team from the staff directory, so no one can be missed.",
                    "Name the group's team(s) in /group purpose, e.g. \"Year 4 team: planning and cover\".");
        }
        Set<Long> ids = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        for (Member m : group.humans()) {
            ids.add(m.userId());
            usernames.add(m.username().toLowerCase(Locale.ROOT));
        }
        List<StaffMember> expected = facts.directory().get().inTeams(teams);
        List<StaffMember> missing = expected.stream()
                .filter(s -> !(s.userId() != 0 && ids.contains(s.userId()) || !s.username().isEmpty()
                        && usernames.contains(s.username())))
                .toList();
        String named = String.join(", ", teams);
        if (missing.isEmpty()) {
            return pass(Concern.STAFF_INCLUDED, "All " + expected.size() + " staff of " + named + " are members.");
        }
        String list = listed(missing.stream().map(s -> s.userId() != 0 ? mention(s.userId()) : "@" + s.username())
                .toList());
        return failing(Concern.STAFF_INCLUDED, inGrace, missing.size() + " of " + expected.size() + " staff of "
                + named + " are not members: " + list + ".",
                "Invite them, or record another way they get the group's information.");
    }

    private static CheckResult headteacher(GroupFacts facts, boolean inGrace) {
        if (facts.acknowledgedAt().isPresent()) {
            return pass(Concern.HEADTEACHER_AWARE, "Acknowledged by the headteacher <t:"
                    + facts.acknowledgedAt().get().getEpochSecond() + ":D>.");
        }
        if (!facts.headteacherKnown()) {
            return new CheckResult(Concern.HEADTEACHER_AWARE, CheckStatus.PENDING, "No headteacher is registered.",
                    "An Administrator of the home server registers them with /warden setup.");
        }
        return failing(Concern.HEADTEACHER_AWARE, inGrace, "The headteacher has not acknowledged this group.",
                "The headteacher presses Acknowledge in the bot's private message about the group.");
    }

    private CheckResult devices(GroupSnapshot group, GroupFacts facts, boolean inGrace) {
        List<Member> humans = group.humans();
        long attested = humans.stream().filter(m -> facts.attested().contains(m.userId())).count();
        int percent = humans.isEmpty() ? 100 : (int) Math.round(100.0 * attested / humans.size());
        String detail = attested + " of " + humans.size() + " members have confirmed their device locks with a PIN"
                + " or better (" + percent + "%).";
        if (humans.isEmpty() || (double) attested / humans.size() >= attestedShare) {
            return pass(Concern.DEVICES_SECURED, detail);
        }
        return failing(Concern.DEVICES_SECURED, inGrace, detail, "Members confirm with /attest.");
    }

    private static CheckResult pass(Concern check, String detail) {
        return new CheckResult(check, CheckStatus.PASS, detail, "");
    }

    private static CheckResult failing(Concern check, boolean inGrace, String detail, String fix) {
        return new CheckResult(check, inGrace ? CheckStatus.PENDING : CheckStatus.FAIL, detail, fix);
    }

    /** The first {@link #LISTED} items, then how many more there are. */
    private static String listed(List<String> items) {
        return items.stream().limit(LISTED).collect(Collectors.joining(", "))
                + (items.size() > LISTED ? " and " + (items.size() - LISTED) + " more" : "");
    }

    static String mention(long userId) {
        return "<@" + userId + ">";
    }
}
