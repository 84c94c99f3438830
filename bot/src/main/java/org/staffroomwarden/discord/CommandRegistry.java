package org.staffroomwarden.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.command.CommandCatalog;
import org.staffroomwarden.command.CommandSpec;

/** Registers the catalogue's commands in a server, as the bot joins it or connects. */
final class CommandRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistry.class);

    private final List<CommandData> commands = CommandCatalog.all().stream().map(CommandRegistry::command)
            .map(CommandData.class::cast).toList();

    void register(Guild guild) {
        guild.updateCommands().addCommands(commands).queue(ok -> { }, failure -> LOG.warn(
                "Could not register the commands in group {}: {} (re-invite the bot with the applications.commands"
                        + " scope)", guild.getIdLong(), failure.getMessage()));
    }

    private static SlashCommandData command(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), spec.description());
        data.addOptions(spec.options().stream().map(CommandRegistry::option).toList());
        data.addSubcommands(spec.subcommands().stream().map(sub -> new SubcommandData(sub.name(), sub.description())
                .addOptions(sub.options().stream().map(CommandRegistry::option).toList())).toList());
        return data;
    }

    private static OptionData option(CommandSpec.OptionSpec spec) {
        OptionType type = switch (spec.type()) {
            case STRING -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case USER -> OptionType.USER;
            case ROLE -> OptionType.ROLE;
            case CHANNEL -> OptionType.CHANNEL;
            case ATTACHMENT -> OptionType.ATTACHMENT;
        };
        OptionData option = new OptionData(type, spec.name(), spec.description(), spec.required(), spec.autocomplete());
        spec.choices().forEach(choice -> option.addChoice(choice, choice));
        return option;
    }
}
