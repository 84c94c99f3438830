package org.staffroomwarden.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroomwarden.command.CommandCall;
import org.staffroomwarden.command.Commands;
import org.staffroomwarden.command.Press;
import org.staffroomwarden.command.Upload;
import org.staffroomwarden.view.Modal;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/**
 * Slash commands, autocompletion, buttons and forms, handed to the core. Each interaction is
 * acknowledged at once (Discord allows 3 seconds) and answered from a worker, so a slow database,
 * download or chart never loses the answer. Errors become one private line.
 */
final class InteractionListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);
    static final String REASON_INPUT = "reason";
    private static final long DOWNLOAD_SECONDS = 30;

    private final Commands commands;
    private final ExecutorService workers;

    InteractionListener(Commands commands, ExecutorService workers) {
        this.commands = commands;
        this.workers = workers;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.reply("Use the bot's commands in a server.").setEphemeral(true).queue();
            return;
        }
        // Every command answers privately: what it shows is for the person who asked.
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        Map<String, Object> options = new HashMap<>();
        List<Message.Attachment> files = new java.util.ArrayList<>();
        for (OptionMapping option : event.getOptions()) {
            switch (option.getType()) {
                case STRING -> options.put(option.getName(), option.getAsString());
                case INTEGER, USER, ROLE, CHANNEL, MENTIONABLE -> options.put(option.getName(), option.getAsLong());
                case BOOLEAN -> options.put(option.getName(), option.getAsBoolean());
                case ATTACHMENT -> files.add(option.getAsAttachment());
                default -> { }
            }
        }
        String name = event.getName();
        String sub = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        long user = event.getUser().getIdLong();
        String userName = JdaRecords.displayName(event.getMember(), event.getUser());
        long guild = event.getGuild().getIdLong();
        workers.execute(() -> answer(hook, () -> {
            for (Message.Attachment file : files) {
                options.put("file", download(file));
            }
            return commands.handle(new CommandCall(name, sub, options, user, userName, guild));
        }));
    }

    private static Upload download(Message.Attachment file) throws Exception {
        try (var in = file.getProxy().download().get(DOWNLOAD_SECONDS, TimeUnit.SECONDS)) {
            return new Upload(file.getFileName(), in.readNBytes(org.staffroomwarden.command.Imports.MAX_BYTES + 1));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        Map<String, Object> options = Map.of(event.getFocusedOption().getName(), event.getFocusedOption().getValue());
        CommandCall call = new CommandCall(event.getName(), event.getSubcommandName() == null ? ""
                : event.getSubcommandName(), options, event.getUser().getIdLong(),
                JdaRecords.displayName(event.getMember(), event.getUser()), event.getGuild().getIdLong());
        try {
            List<String> names = commands.complete(call, event.getFocusedOption().getName());
            event.replyChoiceStrings(names.stream().map(n -> org.staffroomwarden.view.Text.clip(n, 100)).toList())
                    .queue();
        } catch (RuntimeException e) {
            LOG.warn("Autocomplete for /{} failed: {}", call.path(), e.getMessage());
            event.replyChoices(List.of()).queue();
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Press press = new Press(event.getComponentId(), "", event.getUser().getIdLong(), JdaRecords.displayName(
                event.getMember(), event.getUser()), event.isFromGuild() ? event.getGuild().getIdLong() : 0);
        if (Commands.mayOpenForm(press.id())) {
            // A form must be the first answer, so this one is decided at once, on this thread.
            respondNow(event, commands.press(press));
            return;
        }
        event.deferEdit().queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> answer(hook, () -> commands.press(press)));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        ModalMapping reason = event.getValue(REASON_INPUT);
        Press press = new Press(event.getModalId(), reason == null ? "" : reason.getAsString(),
                event.getUser().getIdLong(), JdaRecords.displayName(event.getMember(), event.getUser()),
                event.isFromGuild() ? event.getGuild().getIdLong() : 0);
        event.deferEdit().queue();
        InteractionHook hook = event.getHook();
        workers.execute(() -> answer(hook, () -> commands.press(press)));
    }

    private static void respondNow(ButtonInteractionEvent event, Response response) {
        if (response instanceof Modal modal) {
            TextInput input = TextInput.create(REASON_INPUT, TextInputStyle.PARAGRAPH).setRequired(true)
                    .setMinLength(3).setMaxLength(500).setPlaceholder(modal.placeholder()).build();
            event.replyModal(net.dv8tion.jda.api.modals.Modal.create(modal.id(), modal.title())
                    .addComponents(Label.of(modal.label(), input)).build()).queue();
            return;
        }
        Reply reply = (Reply) response;
        if (reply.replacesMessage()) {
            event.editMessage(Views.edit(reply)).queue();
        } else {
            event.reply(Views.create(reply)).setEphemeral(true).queue();
        }
    }

    @FunctionalInterface
    private interface Work {
        Response run() throws Exception;
    }

    /** Runs the work and sends its answer through the interaction's hook; failures become one line. */
    private static void answer(InteractionHook hook, Work work) {
        Reply reply;
        try {
            Response response = work.run();
            reply = response instanceof Reply r ? r : Reply.privately("That needs a form; press the button again.");
        } catch (DiscordException e) {
            LOG.warn("Interaction failed: {}", e.getMessage());
            reply = Reply.privately("Discord did not let the bot do that: " + e.getMessage() + ". Nothing was changed.");
        } catch (Exception e) {
            LOG.error("Interaction failed", e);
            reply = Reply.privately("Something went wrong on the bot's side and nothing was changed; whoever runs the"
                    + " bot can see why in its log.");
        }
        Reply answer = reply;
        if (answer.replacesMessage()) {
            hook.editOriginal(Views.edit(answer)).queue(ok -> { }, failure -> LOG.warn("Could not update the message: {}",
                    failure.getMessage()));
        } else if (hook.getInteraction().getType() == net.dv8tion.jda.api.interactions.InteractionType.COMMAND) {
            hook.editOriginal(Views.edit(answer)).queue(ok -> { }, failure -> LOG.warn("Could not answer: {}",
                    failure.getMessage()));
        } else {
            hook.sendMessage(Views.create(answer)).setEphemeral(true).queue(ok -> { }, failure -> LOG.warn(
                    "Could not answer: {}", failure.getMessage()));
        }
    }
}
