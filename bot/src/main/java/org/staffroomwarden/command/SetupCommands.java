package org.staffroomwarden.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.school.School;
import org.staffroomwarden.school.SchoolSetup;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /warden setup} in a home server, {@code /warden school} in a staff group. */
public final class SetupCommands {

    private final Schools schools;
    private final GovernanceMonitor governance;

    public SetupCommands(Schools schools, GovernanceMonitor governance) {
        this.schools = schools;
        this.governance = governance;
    }

    Response setup(CommandCall call, School school) {
        if (call.guildId() != school.homeGuildId()) {
            return Reply.privately("Run /warden setup in the school's home server, where SLT work.");
        }
        SchoolSetup fixed = schools.configuredRoles(school.homeGuildId());
        List<String> notes = new ArrayList<>();
        long headteacher = take(call.id("headteacher"), fixed.headteacherId(), "the headteacher", notes);
        long role = take(call.id("slt-role"), fixed.sltRoleId(), "the SLT role", notes);
        long channel = take(call.id("slt-channel"), fixed.sltChannelId(), "the SLT channel", notes);
        if (headteacher != 0 || role != 0 || channel != 0) {
            schools.setUp(new SchoolSetup(school.homeGuildId(), headteacher, role, channel), call.userId());
            // A new headteacher is told of every group; every group's checks see the new roles.
            governance.recheckAll();
        }
        School now = schools.byHome(school.homeGuildId()).orElse(school);
        StringBuilder text = new StringBuilder("**" + now.name() + "** is set up as follows:\n")
                .append("Headteacher: ").append(now.headteacherId() == 0 ? "not set" : "<@" + now.headteacherId() + ">")
                .append("\nSLT role: ").append(now.sltRoleId() == 0 ? "not set" : "<@&" + now.sltRoleId() + ">")
                .append("\nSLT channel: ").append(now.sltChannelId() == 0 ? "not set" : "<#" + now.sltChannelId() + ">")
                .append(" (it must be private: the bot posts nothing while @everyone can read it)");
        notes.forEach(n -> text.append("\n").append(n));
        return Reply.privately(text.toString());
    }

    private static long take(long given, long configured, String what, List<String> notes) {
        if (given != 0 && configured != 0 && given != configured) {
            notes.add("Not changed: " + what + " is set in the bot's configuration file, which wins.");
            return 0;
        }
        return given;
    }

    /** The school the command names, if there is one by that name. */
    Optional<School> named(CommandCall call) {
        return call.text("name").flatMap(name -> schools.all().stream()
                .filter(s -> s.name().equalsIgnoreCase(name)).findFirst());
    }

    Response assign(CommandCall call, School target) {
        if (schools.isHome(call.guildId())) {
            return Reply.privately("This is a school's home server, not a staff group: run /warden school in the group.");
        }
        if (named(call).isEmpty()) {
            return Reply.privately("There is no school called \"" + call.text("name").orElse("") + "\"; choose one of: "
                    + String.join(", ", schools.all().stream().map(School::name).toList()) + ".");
        }
        if (schools.configuredGroup(call.guildId())) {
            return Reply.privately("This group's school is set in the bot's configuration file, which wins: ask whoever"
                    + " runs the bot to change it there.");
        }
        schools.assign(call.guildId(), target.homeGuildId());
        governance.recheck(call.guildId());
        return Reply.privately("This group now belongs to **" + target.name() + "**: its alerts go to that school's SLT.");
    }
}
