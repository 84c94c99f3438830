package org.staffroomwarden.discord;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimAttachment;
import org.staffroomwarden.simulator.SimButton;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimInteraction;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;
import org.staffroomwarden.simulator.SimulatedDiscord;

/**
 * The simulator's interactions, direct messages and governance events against the real JDA, with a
 * test bot in place of the Warden's listener. Any JDA warning fails the test: a payload JDA reads
 * badly shows up there.
 */
class SimulatedInteractionsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final JdaLogWatch jdaLog = new JdaLogWatch();
    private final SimulatedDiscord discord = SimulatedDiscord.start();
    private final SimUser head = discord.createUser("head.teacher", "Mrs Okafor");
    private final SimUser teacher = discord.createUser("sam.carter", "Sam Carter");
    private final SimGuild school = discord.createGuild("Oakfield Staff", head);
    private final SimRole staff = discord.createRole(school, "Staff", 0);
    private final SimChannel staffroom = discord.createTextChannel(school, "staffroom");
    private final TestBot bot = new TestBot();
    private JDA jda;

    @BeforeEach
    void connect() throws InterruptedException {
        jdaLog.watch(discord.restBaseUrl());
        discord.addMember(school, teacher, staff);
        discord.addBot(school);
        // As WardenBot connects to a simulated Discord, with the test's listener instead of the Warden's.
        jda = JDABuilder.createLight(discord.token(), WardenBot.INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.ALL)
                .setEnableShutdownHook(false)
                .addEventListeners(bot)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return discord.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .build();
        jda.awaitReady();
    }

    @AfterEach
    void disconnect() throws Exception {
        try {
            bot.awaitAnswers();
            jda.shutdown();
            if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
            discord.close();
        } finally {
            jdaLog.close();
        }
        assertEquals(List.of(), jdaLog.problems(), "JDA logged warnings or errors");
    }

    @Test
    void aSlashCommandArrivesWithItsSubcommandOptionsAndMemberAndIsAnsweredEphemerally() throws Exception {
        Command registered = guild().updateCommands().addCommands(Commands.slash("roster", "The staff roster")
                .addSubcommands(new SubcommandData("upload", "Replace the roster")
                        .addOption(OptionType.STRING, "term", "Which term", true)
                        .addOption(OptionType.INTEGER, "year", "Year group", true)
                        .addOption(OptionType.ATTACHMENT, "file", "The CSV", true)))
                .complete().get(0);
        JsonNode stored = discord.registeredCommands(school);
        assertEquals(1, stored.size(), stored.toString());
        assertEquals(registered.getId(), stored.get(0).path("id").asText(), "JDA read the id Discord gave");

        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        bot.onSlash = event -> {
            seen.complete(event);
            bot.answer(event.reply("Roster for " + event.getOption("term").getAsString() + " received")
                    .setEphemeral(true));
        };
        SimAttachment csv = discord.upload("roster.csv", "text/csv", "name,role\nSam Carter,teacher\n".getBytes(UTF_8));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("term", "Spring");
        options.put("year", 4L);
        options.put("file", csv);
        SimInteraction interaction = discord.runCommand(school, staffroom, teacher, "roster", "upload", options);

        SlashCommandInteractionEvent event = seen.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(registered.getIdLong(), event.getCommandIdLong());
        assertTrue(event.isGuildCommand());
        assertEquals("roster", event.getName());
        assertEquals("upload", event.getSubcommandName());
        assertEquals("Spring", event.getOption("term").getAsString());
        assertEquals(4, event.getOption("year").getAsLong());
        assertEquals(OptionType.INTEGER, event.getOption("year").getType());
        assertEquals("roster.csv", event.getOption("file").getAsAttachment().getFileName());
        assertEquals(teacher.id(), event.getMember().getIdLong());
        assertEquals(List.of(staff.id()), event.getMember().getRoles().stream().map(Role::getIdLong).toList());
        assertEquals(staffroom.id(), event.getChannel().getIdLong());

        SimResponse reply = interaction.awaitResponse(WAIT);
        assertEquals(SimResponse.Kind.CALLBACK, reply.kind());
        assertEquals(SimResponse.REPLY, reply.callbackType());
        assertEquals("Roster for Spring received", reply.content());
        assertTrue(reply.ephemeral());
        assertEquals(List.of(), discord.botMessagesIn(staffroom), "an ephemeral reply is in no channel's history");
        assertThrows(IllegalArgumentException.class,
                () -> discord.runCommand(school, staffroom, teacher, "roster", "upload", Map.of("term", "Summer")),
                "Discord's client does not send a command without its required options");
    }

    @Test
    void aGlobalCommandIsRunWithItsIdInAnyGuild() throws Exception {
        Command registered = jda.updateCommands().addCommands(Commands.slash("privacy", "What the bot records"))
                .complete().get(0);
        assertEquals(registered.getId(), discord.registeredGlobalCommands().get(0).path("id").asText());
        assertEquals(0, discord.registeredCommands(school).size());

        CompletableFuture<SlashCommandInteractionEvent> seen = new CompletableFuture<>();
        bot.onSlash = event -> {
            seen.complete(event);
            bot.answer(event.reply("Only messages that break the rules").setEphemeral(true));
        };
        SimInteraction interaction = discord.runCommand(school, staffroom, teacher, "privacy", null, Map.of());
        SlashCommandInteractionEvent event = seen.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(registered.getIdLong(), event.getCommandIdLong());
        assertFalse(event.isGuildCommand());
        assertEquals(SimResponse.REPLY, interaction.awaitResponse(WAIT).callbackType());
    }

    @Test
    void aDeferredReplyIsFilledInWithAChart() throws Exception {
        byte[] chart = png();
        CompletableFuture<Message> edited = new CompletableFuture<>();
        bot.onSlash = event -> bot.answer(event.deferReply().flatMap(hook -> hook.editOriginal("Alerts this term")
                .setFiles(FileUpload.fromData(chart, "alerts.png")))).thenAccept(edited::complete);
        SimInteraction interaction = discord.runCommand(school, staffroom, head, "stats", null, Map.of());

        List<SimResponse> responses = interaction.awaitResponses(2, WAIT);
        assertEquals(SimResponse.DEFERRED_REPLY, responses.get(0).callbackType());
        SimResponse edit = responses.get(1);
        assertEquals(SimResponse.Kind.EDIT, edit.kind());
        assertEquals(responses.get(0).messageId(), edit.messageId(), "the edit fills in the deferred reply");
        assertEquals("Alerts this term", edit.content());
        assertEquals(1, edit.files().size());
        SimAttachment sent = edit.files().get(0);
        assertEquals("alerts.png", sent.filename());
        assertEquals("image/png", sent.contentType());
        assertArrayEquals(chart, sent.bytes());

        SimMessage inChannel = discord.botMessagesIn(staffroom).get(0);
        assertEquals("Alerts this term", inChannel.content());
        assertEquals(0, inChannel.flags(), "no longer loading, and seen by everyone");
        Message message = edited.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(chart, readAll(message.getAttachments().get(0).getProxy().download().get()),
                "the chart is served where JDA says it is");
    }

    @Test
    void theFirstFollowUpFillsInADeferredReplyAndLaterOnesAreNewMessages() throws Exception {
        bot.onSlash = event -> bot.answer(event.deferReply(true).flatMap(hook -> hook.sendMessage("Checking 3 groups")
                .flatMap(first -> hook.sendMessage("Done").setEphemeral(false))));
        SimInteraction interaction = discord.runCommand(school, staffroom, head, "audit", null, Map.of());

        List<SimResponse> responses = interaction.awaitResponses(3, WAIT);
        long deferred = responses.get(0).messageId();
        assertEquals(SimResponse.Kind.FOLLOWUP, responses.get(1).kind());
        assertEquals(deferred, responses.get(1).messageId(), "the first follow-up takes the place of \"thinking…\"");
        assertTrue(responses.get(1).ephemeral(), "and stays as ephemeral as the deferred reply");
        assertEquals(SimResponse.Kind.FOLLOWUP, responses.get(2).kind());
        assertFalse(responses.get(2).ephemeral());
        SimMessage done = discord.awaitBotMessages(staffroom, 1, WAIT).get(0);
        assertEquals(responses.get(2).messageId(), done.id());
        assertEquals("Done", done.content());
    }

    @Test
    void aDeferredUpdateEditsTheButtonsMessageThroughTheHook() throws Exception {
        jda.getTextChannelById(staffroom.id()).sendMessage("Alert 17").setComponents(ActionRow.of(
                Button.danger("remove:17", "Remove message"))).complete();
        SimMessage alert = discord.botMessagesIn(staffroom).get(0);
        bot.onButton = event -> bot.answer(event.deferEdit().flatMap(hook -> hook.editOriginalComponents(
                ActionRow.of(event.getButton().asDisabled())).flatMap(
                        edited -> hook.sendMessage("Removed").setEphemeral(true))));
        SimInteraction click = discord.clickButton(alert, teacher, "remove:17");

        List<SimResponse> responses = click.awaitResponses(3, WAIT);
        assertEquals(SimResponse.DEFERRED_UPDATE, responses.get(0).callbackType());
        assertEquals(alert.id(), responses.get(0).messageId());
        assertEquals(SimResponse.Kind.EDIT, responses.get(1).kind());
        assertEquals(alert.id(), responses.get(1).messageId(), "@original is the button's message");
        assertEquals(List.of(new SimButton("remove:17", "Remove message", 4, true)), alert.buttons());
        assertEquals("Alert 17", alert.content(), "an edit of the components leaves the text");
        assertEquals(SimResponse.Kind.FOLLOWUP, responses.get(2).kind());
        assertTrue(responses.get(2).ephemeral());
        assertEquals(1, discord.botMessagesIn(staffroom).size(), "the ephemeral follow-up is in no channel's history");
    }

    @Test
    void autocompleteOffersTheBotsChoices() throws Exception {
        guild().updateCommands().addCommands(Commands.slash("cover", "Arrange cover")
                .addOptions(new OptionData(OptionType.STRING, "class", "The class", true, true))).complete();
        bot.onAutocomplete = event -> {
            String typed = event.getFocusedOption().getValue();
            bot.answer(event.replyChoiceStrings(Stream.of("4A", "4B", "5A").filter(c -> c.startsWith(typed)).toList()));
        };
        SimInteraction interaction = discord.autocomplete(school, staffroom, teacher, "cover", null,
                Map.of("class", "4"), "class");

        SimResponse response = interaction.awaitResponse(WAIT);
        assertEquals(SimResponse.AUTOCOMPLETE, response.callbackType());
        List<String> names = StreamSupport.stream(response.choices().spliterator(), false)
                .map(choice -> choice.path("name").asText()).toList();
        assertEquals(List.of("4A", "4B"), names);
    }

    @Test
    void aButtonUpdatesItsMessage() throws Exception {
        TextChannel channel = jda.getTextChannelById(staffroom.id());
        Message posted = channel.sendMessageEmbeds(new EmbedBuilder().setTitle("Personal data").build())
                .setComponents(ActionRow.of(Button.danger("remove:99", "Remove message"), Button.secondary("dismiss",
                        "Dismiss"))).complete();
        SimMessage alert = discord.botMessagesIn(staffroom).get(0);
        assertEquals(List.of(new SimButton("remove:99", "Remove message", 4, false),
                new SimButton("dismiss", "Dismiss", 2, false)), alert.buttons());

        CompletableFuture<ButtonInteractionEvent> clicked = new CompletableFuture<>();
        bot.onButton = event -> {
            clicked.complete(event);
            bot.answer(event.editMessageEmbeds(new EmbedBuilder().setTitle("Removed by "
                    + event.getMember().getEffectiveName()).build())
                    .setComponents(ActionRow.of(event.getButton().asDisabled())));
        };
        SimInteraction click = discord.clickButton(alert, head, "remove:99");

        ButtonInteractionEvent event = clicked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(posted.getIdLong(), event.getMessageIdLong());
        assertEquals("Remove message", event.getButton().getLabel(), "JDA found the button in the message");
        assertEquals(head.id(), event.getMember().getIdLong());
        assertEquals(SimResponse.UPDATE_MESSAGE, click.awaitResponse(WAIT).callbackType());
        assertEquals("Removed by Mrs Okafor", alert.embeds().get(0).path("title").asText());
        assertEquals(List.of(new SimButton("remove:99", "Remove message", 4, true)), alert.buttons());
        assertThrows(IllegalArgumentException.class, () -> discord.clickButton(alert, head, "remove:99"),
                "a disabled button cannot be clicked");
    }

    @Test
    void aModalsValuesReachTheBot() throws Exception {
        bot.onSlash = event -> bot.answer(event.replyModal(Modal.create("note:42", "Add a note").addComponents(
                Label.of("Note", TextInput.create("note", TextInputStyle.PARAGRAPH).build()),
                Label.of("Who follows up", TextInput.create("who", TextInputStyle.SHORT).setRequired(false)
                        .setValue("Mrs Okafor").build())).build()));
        CompletableFuture<ModalInteractionEvent> submitted = new CompletableFuture<>();
        bot.onModal = event -> {
            submitted.complete(event);
            bot.answer(event.reply("Noted").setEphemeral(true));
        };
        SimInteraction opened = discord.runCommand(school, staffroom, head, "note", null, Map.of());
        SimResponse modal = opened.awaitResponse(WAIT);
        assertEquals(SimResponse.MODAL, modal.callbackType());
        assertEquals("note:42", modal.modal().path("custom_id").asText());
        assertThrows(IllegalArgumentException.class, () -> discord.submitModal(opened, head, Map.of()),
                "the note is required");

        SimInteraction submit = discord.submitModal(opened, head, Map.of("note", "Spoke to the parent"));
        ModalInteractionEvent event = submitted.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals("note:42", event.getModalId());
        assertEquals("Spoke to the parent", event.getValue("note").getAsString());
        assertEquals("Mrs Okafor", event.getValue("who").getAsString(), "left as the bot filled it in");
        assertTrue(submit.awaitResponse(WAIT).ephemeral());
    }

    @Test
    void aDirectMessageButtonIsClickedInTheDirectMessage() throws Exception {
        Message sent = jda.getUserById(head.id()).openPrivateChannel().flatMap(dm -> dm.sendMessage("An alert needs review")
                .setComponents(ActionRow.of(Button.primary("review:1", "Review")))).complete();
        SimMessage received = discord.awaitDirectMessages(head, 1, WAIT).get(0);
        assertEquals(sent.getIdLong(), received.id());
        assertEquals(0, received.guildId());

        CompletableFuture<ButtonInteractionEvent> clicked = new CompletableFuture<>();
        bot.onButton = event -> {
            clicked.complete(event);
            bot.answer(event.reply("Opening the review"));
        };
        SimInteraction click = discord.clickButton(received, head, "review:1");

        ButtonInteractionEvent event = clicked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(event.isFromGuild());
        assertEquals(ChannelType.PRIVATE, event.getChannelType());
        assertEquals(InteractionContextType.BOT_DM, event.getContext());
        assertEquals(head.id(), event.getUser().getIdLong());
        assertEquals("Review", event.getButton().getLabel());
        assertFalse(click.awaitResponse(WAIT).ephemeral());
        assertEquals("Opening the review", discord.awaitDirectMessages(head, 2, WAIT).get(1).content());
    }

    @Test
    void closedDirectMessagesRefuseTheBot() {
        discord.closeDirectMessages(teacher);
        ErrorResponseException refused = assertThrows(ErrorResponseException.class, () -> jda.getUserById(teacher.id())
                .openPrivateChannel().flatMap(dm -> dm.sendMessage("Your roster is out of date")).complete());
        assertEquals(ErrorResponse.CANNOT_SEND_TO_USER, refused.getErrorResponse());
        assertEquals(List.of(), discord.directMessages(teacher));
    }

    @Test
    void anAttachedFileDownloadsAsUploaded() throws Exception {
        byte[] csv = "name,role\r\nZoë Ångström,teaching assistant\r\nŁukasz Nowak,SENCo\r\n".getBytes(UTF_8);
        CompletableFuture<byte[]> downloaded = new CompletableFuture<>();
        bot.onSlash = event -> bot.answer(event.deferReply(true).submit()
                .thenCompose(hook -> event.getOption("file").getAsAttachment().getProxy().download()
                        .thenApply(SimulatedInteractionsTest::readAll)
                        .thenCompose(bytes -> {
                            downloaded.complete(bytes);
                            return hook.editOriginal("Read " + bytes.length + " bytes").submit();
                        })));
        SimInteraction interaction = discord.runCommand(school, staffroom, head, "roster", null,
                Map.of("file", discord.upload("staff.csv", "text/csv", csv)));

        assertArrayEquals(csv, downloaded.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        SimResponse edit = interaction.awaitResponses(2, WAIT).get(1);
        assertEquals("Read " + csv.length + " bytes", edit.content());
        assertTrue(edit.ephemeral(), "the deferred reply was ephemeral, so is what fills it in");
    }

    @Test
    void aLateCallbackIsRefusedAsUnknown() throws Exception {
        discord.setInteractionDeadline(Duration.ofMillis(100));
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        bot.onSlash = event -> bot.answer(event.reply("Too late").submitAfter(300, TimeUnit.MILLISECONDS))
                .whenComplete((ok, failure) -> failed.complete(failure));
        SimInteraction interaction = discord.runCommand(school, staffroom, head, "stats", null, Map.of());

        Throwable failure = failed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(ErrorResponse.UNKNOWN_INTERACTION, assertInstanceOf(ErrorResponseException.class, failure)
                .getErrorResponse());
        assertEquals(List.of(), interaction.responses());
    }

    @Test
    void aSecondCallbackIsRefusedAsAlreadyAcknowledged() throws Exception {
        bot.onSlash = event -> bot.answer(event.reply("Once"));
        SimInteraction interaction = discord.runCommand(school, staffroom, head, "stats", null, Map.of());
        interaction.awaitResponse(WAIT);

        // JDA will not answer twice itself; another process holding the token would.
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                discord.restBaseUrl() + "interactions/" + interaction.id() + "/" + interaction.token() + "/callback"))
                .header("Authorization", "Bot " + discord.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":4,\"data\":{\"content\":\"Twice\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("40060"), again.body());
        assertEquals(1, interaction.responses().size());
    }

    @Test
    void roleAndOwnershipChangesReachJdaAndTheCommandsOffered() throws Exception {
        guild().updateCommands().addCommands(Commands.slash("audit", "Review recent alerts")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE))).complete();
        assertFalse(guild().getMemberById(teacher.id()).hasPermission(Permission.MESSAGE_MANAGE));
        assertThrows(IllegalArgumentException.class,
                () -> discord.runCommand(school, staffroom, teacher, "audit", null, Map.of()),
                "Discord offers a command only to members with its default permissions");

        discord.setRolePermissions(staff, Permissions.MANAGE_MESSAGES);
        SimulatedSchool.await("JDA sees the role's new permission",
                () -> guild().getMemberById(teacher.id()).hasPermission(Permission.MESSAGE_MANAGE));
        bot.onSlash = event -> bot.answer(event.reply("Checked").setEphemeral(true));
        SimInteraction interaction = discord.runCommand(school, staffroom, teacher, "audit", null, Map.of());
        long sent = Long.parseLong(interaction.payload().path("member").path("permissions").asText());
        assertTrue((sent & Permissions.MANAGE_MESSAGES) != 0, "the interaction's member permissions follow the role");
        interaction.awaitResponse(WAIT);

        discord.transferOwnership(school, teacher);
        SimulatedSchool.await("JDA sees the new owner", () -> guild().getOwnerIdLong() == teacher.id());
    }

    @Test
    void deletingAnotherUsersMessageNeedsManageMessages() throws Exception {
        SimMessage first = discord.post(staffroom, teacher, "my mobile is 07700 900123");
        bot.received(first.id()).delete().complete();
        assertEquals(List.of(), discord.messagesIn(staffroom));

        discord.setBotPermissions(school, SimulatedDiscord.BOT_PERMISSIONS & ~Permissions.MANAGE_MESSAGES);
        SimulatedSchool.await("JDA sees the bot's role lose Manage Messages",
                () -> !guild().getSelfMember().hasPermission(Permission.MESSAGE_MANAGE));
        SimMessage second = discord.post(staffroom, teacher, "my mobile is 07700 900456");
        Message received = bot.received(second.id());
        assertThrows(InsufficientPermissionException.class, received::delete, "JDA checks its cache first");
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> received.getChannel().deleteMessageById(second.id()).complete());
        assertEquals(ErrorResponse.MISSING_PERMISSIONS, refused.getErrorResponse());
        assertEquals(List.of(second.id()), discord.messagesIn(staffroom).stream().map(SimMessage::id).toList());
    }

    private Guild guild() {
        return jda.getGuildById(school.id());
    }


    /** A small real PNG, as the bot's charts will be. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's bot: each test says what it does with the interactions it causes. */
    private static final class TestBot extends ListenerAdapter {

        volatile Consumer<SlashCommandInteractionEvent> onSlash = event -> { };
        volatile Consumer<CommandAutoCompleteInteractionEvent> onAutocomplete = event -> { };
        volatile Consumer<ButtonInteractionEvent> onButton = event -> { };
        volatile Consumer<ModalInteractionEvent> onModal = event -> { };
        private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        private final List<CompletableFuture<?>> answers = new CopyOnWriteArrayList<>();
        private final AtomicInteger handling = new AtomicInteger();

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            handle(onSlash, event);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            handle(onAutocomplete, event);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            handle(onButton, event);
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            handle(onModal, event);
        }

        /** Counts the handlers running: an answer is registered by the time its handler returns. */
        private <E> void handle(Consumer<E> handler, E event) {
            handling.incrementAndGet();
            try {
                handler.accept(event);
            } finally {
                handling.decrementAndGet();
            }
        }

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            messages.add(event.getMessage());
        }

        /** Sends the bot's answer. */
        <T> CompletableFuture<T> answer(RestAction<T> action) {
            return answer(action.submit());
        }

        /** Keeps track of an answer under way, so that JDA is not shut down while it reads Discord's reply. */
        <T> CompletableFuture<T> answer(CompletableFuture<T> answer) {
            answers.add(answer);
            return answer;
        }

        /** Waits for every answer to be done, whether it succeeded or not. */
        void awaitAnswers() throws Exception {
            SimulatedSchool.await("the bot's handlers return", () -> handling.get() == 0);
            for (CompletableFuture<?> answer : answers) {
                answer.handle((result, failure) -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }

        /** The message with this id as JDA received it, waiting for it. */
        Message received(long id) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (Message m = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS); m != null;
                    m = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (m.getIdLong() == id) {
                    return m;
                }
            }
            throw new AssertionError("JDA did not receive message " + id);
        }
    }
}
