package org.staffroomwarden.command;

import java.util.Map;
import java.util.Optional;

/**
 * One use of a slash command.
 *
 * @param subcommand "" when the command has none
 * @param options by name: String, Long (numbers, users, roles, channels) or {@link Upload}
 */
public record CommandCall(String name, String subcommand, Map<String, Object> options, long userId, String userName,
        long guildId) {

    public CommandCall {
        options = Map.copyOf(options);
    }

    /** "/group purpose", as refusals and logs name it. */
    public String path() {
        return subcommand.isEmpty() ? name : name + " " + subcommand;
    }

    public Optional<String> text(String option) {
        return Optional.ofNullable(options.get(option)).filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    public long id(String option) {
        Object value = options.get(option);
        return value instanceof Long l ? l : 0;
    }

    public Optional<Upload> upload(String option) {
        return Optional.ofNullable(options.get(option)).filter(Upload.class::isInstance).map(Upload.class::cast);
    }
}
