package org.staffroomwarden.command;

import java.util.List;

/**
 * A slash command as registered: its name, description, and either options or subcommands.
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, List<CommandSpec> subcommands) {

    public CommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    /** One option. */
    public record OptionSpec(String name, String description, Type type, boolean required, boolean autocomplete,
            List<String> choices) {

        public OptionSpec {
            choices = List.copyOf(choices);
        }

        public enum Type { STRING, INTEGER, USER, ROLE, CHANNEL, ATTACHMENT }
    }
}
