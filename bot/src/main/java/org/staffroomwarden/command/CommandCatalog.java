package org.staffroomwarden.command;

import java.util.Arrays;
import java.util.List;
import org.staffroomwarden.command.CommandSpec.OptionSpec;
import org.staffroomwarden.command.CommandSpec.OptionSpec.Type;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.review.IncidentStatus;

/** Every slash command the bot registers, in every server it is in. */
public final class CommandCatalog {

    private CommandCatalog() {
    }

    public static List<CommandSpec> all() {
        List<String> concerns = Concern.messageConcerns().stream().map(Enum::name).toList();
        List<String> statuses = Arrays.stream(IncidentStatus.values()).map(Enum::name).toList();
        return List.of(
                new CommandSpec("warden", "Set up Staffroom Warden for the school", List.of(), List.of(
                        new CommandSpec("setup", "Home server: register the headteacher, the SLT role and the SLT channel",
                                List.of(option("headteacher", "The headteacher", Type.USER, false),
                                        option("slt-role", "The role held by the senior leadership team", Type.ROLE, false),
                                        option("slt-channel", "The private channel alerts go to", Type.CHANNEL, false)),
                                List.of()),
                        new CommandSpec("school", "In a staff group: say which school it belongs to",
                                List.of(new OptionSpec("name", "The school", Type.STRING, true, true, List.of())),
                                List.of()))),
                new CommandSpec("compliance", "How every staff group stands against the policy",
                        List.of(new OptionSpec("group", "One group, in detail", Type.STRING, false, true, List.of())),
                        List.of()),
                new CommandSpec("incidents", "List incidents (redacted)", List.of(
                        new OptionSpec("group", "Only this group", Type.STRING, false, true, List.of()),
                        new OptionSpec("category", "Only this category", Type.STRING, false, false, concerns),
                        new OptionSpec("status", "Only this status", Type.STRING, false, false, statuses)),
                        List.of()),
                new CommandSpec("incident", "One incident in detail, with its audit trail",
                        List.of(option("id", "The incident's number", Type.INTEGER, true)), List.of()),
                new CommandSpec("false-positives", "Alerts marked false positive, redacted, as a file to improve the"
                        + " scanner", List.of(), List.of()),
                new CommandSpec("group", "This staff group", List.of(), List.of(
                        new CommandSpec("purpose", "Group admins: state what the group is for (name its team)",
                                List.of(option("purpose", "e.g. Year 4 team: planning, cover and trips", Type.STRING,
                                        true)), List.of()),
                        new CommandSpec("info", "The group's governance checks and what to fix", List.of(), List.of()))),
                new CommandSpec("attest", "Confirm your device locks with a PIN or better", List.of(), List.of()),
                new CommandSpec("policy", "The rules the bot applies, with their source in the school's policies",
                        List.of(), List.of()),
                new CommandSpec("privacy", "What the bot stores, for how long, and who sees it", List.of(), List.of()),
                new CommandSpec("roster", "The pupil roster", List.of(), List.of(
                        new CommandSpec("import", "SLT: replace the pupil roster from a CSV file",
                                List.of(option("file", "CSV: first name, surname, preferred name, year/class",
                                        Type.ATTACHMENT, true)), List.of()))),
                new CommandSpec("staff", "The staff directory", List.of(), List.of(
                        new CommandSpec("import", "SLT: replace the staff directory from a CSV file",
                                List.of(option("file", "CSV: Discord id or username, name, team(s)", Type.ATTACHMENT,
                                        true)), List.of()))));
    }

    private static OptionSpec option(String name, String description, Type type, boolean required) {
        return new OptionSpec(name, description, type, required, false, List.of());
    }
}
