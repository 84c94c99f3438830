package org.staffroomwarden.access;

import java.util.List;
import java.util.stream.Collectors;

/** Everything a person can ask of the bot, and who may. */
public enum Action {
    SETUP("use /warden setup", Role.HOME_ADMIN),
    ASSIGN_SCHOOL("use /warden school", Role.HOME_ADMIN),
    COMPLIANCE("use /compliance", Role.HEADTEACHER, Role.SLT),
    INCIDENTS("use /incidents", Role.HEADTEACHER, Role.SLT),
    INCIDENT("use /incident", Role.HEADTEACHER, Role.SLT),
    FALSE_POSITIVES("export the false positives", Role.HEADTEACHER, Role.SLT),
    GROUP_PURPOSE("set the group's purpose", Role.GROUP_ADMIN),
    GROUP_INFO("use /group info", Role.GROUP_ADMIN, Role.HEADTEACHER, Role.SLT),
    ATTEST("use /attest", Role.STAFF),
    POLICY("use /policy", Role.ANYONE),
    PRIVACY("use /privacy", Role.ANYONE),
    ROSTER_IMPORT("import the pupil roster", Role.HEADTEACHER, Role.SLT),
    STAFF_IMPORT("import the staff directory", Role.HEADTEACHER, Role.SLT),
    REVIEW("act on alerts", Role.HEADTEACHER, Role.SLT),
    ACKNOWLEDGE_GROUP("acknowledge a group", Role.HEADTEACHER),
    CONFIRM_ATTEST("confirm a device", Role.STAFF);

    private final String what;
    private final List<Role> allowed;

    Action(String what, Role... allowed) {
        this.what = what;
        this.allowed = List.of(allowed);
    }

    public boolean allows(Caller caller) {
        return allowed.contains(Role.ANYONE) || allowed.stream().anyMatch(caller::is);
    }

    /** The one line a refused caller reads. */
    public String refusal() {
        String who = allowed.stream().map(Role::label).collect(Collectors.joining(" or "));
        return "Only " + who + " can " + what + ".";
    }
}
