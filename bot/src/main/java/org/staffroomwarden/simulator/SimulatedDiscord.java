package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import okhttp3.WebSocket;

/**
 * A Discord for one bot, on 127.0.0.1 and an ephemeral port. State changes made through this
 * class are dispatched to the bot's gateway session as Discord would dispatch them; what the bot
 * asks of the REST API is answered from the same state and recorded.
 */
public final class SimulatedDiscord implements AutoCloseable {

    /** What the bot's own role holds in every guild it joins: the invite link's permissions. */
    public static final long BOT_PERMISSIONS = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
            | Permissions.SEND_MESSAGES_IN_THREADS | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES
            | Permissions.READ_MESSAGE_HISTORY | Permissions.MANAGE_MESSAGES;

    /** The gateway intent for direct messages (bit 12): without it a bot hears nothing of them. */
    private static final long DIRECT_MESSAGES_INTENT = 1L << 12;

    private final MockWebServer server = new MockWebServer();
    private final Snowflakes ids = new Snowflakes();
    private final String token = "simulated-bot-token";
    private final long applicationId;
    private final SimUser bot;
    private final Map<Long, SimUser> users = new LinkedHashMap<>();
    private final Map<Long, SimGuild> guilds = new LinkedHashMap<>();
    private final Map<Long, SimMessage> messages = new LinkedHashMap<>();
    private final List<SentRequest> requests = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final List<Hold> holds = new ArrayList<>();
    private final Map<String, GatewaySession> sessions = new LinkedHashMap<>();
    private final Map<Long, SimAttachment> files = new HashMap<>();
    private final Map<Long, SimChannel> directChannels = new LinkedHashMap<>();
    private final Set<Long> closedDirectMessages = new HashSet<>();
    private final Map<Long, SimInteraction> interactions = new HashMap<>();
    private final Commands commands;
    private Duration interactionDeadline = Duration.ofSeconds(3);
    private long intents;
    private int sessionCount;

    private SimulatedDiscord() {
        applicationId = ids.next();
        bot = new SimUser(applicationId, "staffroom-warden", "Staffroom Warden", true);
        users.put(bot.id(), bot);
        commands = new Commands(applicationId, ids::next);
    }

    /** Starts a simulated Discord on 127.0.0.1 and a free port. */
    public static SimulatedDiscord start() {
        SimulatedDiscord discord = new SimulatedDiscord();
        discord.server.setDispatcher(new RestApi(discord));
        discord.server.setServerSocketFactory(new NoDelayServerSockets());
        try {
            discord.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated Discord on 127.0.0.1", e);
        }
        return discord;
    }

    /** JDA's REST base URL for this server. */
    public String restBaseUrl() {
        return baseUrl() + "api/v10/";
    }

    /** Where the server's CDN is: attachments are served under it. */
    private String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/";
    }

    /** The gateway URL JDA's session controller should hand out. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    public String token() {
        return token;
    }

    public SimUser botUser() {
        return bot;
    }

    long applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        synchronized (this) {
            sessions.values().forEach(GatewaySession::drop);
            sessions.clear();
            // A request still held would keep the server from stopping.
            holds.forEach(Hold::release);
        }
        server.close();
    }

    // ---- scripting: people, guilds, channels, roles ----

    public synchronized SimUser createUser(String username, String displayName) {
        SimUser user = new SimUser(ids.next(), username, displayName, false);
        users.put(user.id(), user);
        return user;
    }

    public synchronized SimUser createOtherBot(String username) {
        SimUser user = new SimUser(ids.next(), username, username, true);
        users.put(user.id(), user);
        return user;
    }

    /** A guild with an @everyone role and its owner; the bot is not in it until {@link #addBot}. */
    public synchronized SimGuild createGuild(String name, SimUser owner) {
        SimGuild guild = new SimGuild(ids.next(), name, owner.id());
        guild.roles().add(new SimRole(guild.id(), "@everyone", Permissions.EVERYONE_DEFAULT, 0));
        guild.addMember(owner.id(), Set.of());
        guilds.put(guild.id(), guild);
        return guild;
    }

    /** The bot joins the guild, with a role holding {@link #BOT_PERMISSIONS}: GUILD_CREATE. */
    public synchronized void addBot(SimGuild guild) {
        SimRole role = new SimRole(ids.next(), "Staffroom Warden", BOT_PERMISSIONS, guild.roles().size());
        guild.roles().add(role);
        guild.addMember(bot.id(), Set.of(role.id()));
        dispatch(guild, "GUILD_CREATE", Payloads.guild(guild, users::get));
    }

    public synchronized SimRole createRole(SimGuild guild, String name, long permissions) {
        SimRole role = new SimRole(ids.next(), name, permissions, guild.roles().size());
        guild.roles().add(role);
        ObjectNode data = Payloads.JSON.createObjectNode().put("guild_id", Long.toString(guild.id()));
        data.set("role", Payloads.role(role));
        dispatch(guild, "GUILD_ROLE_CREATE", data);
        return role;
    }

    public synchronized SimChannel createTextChannel(SimGuild guild, String name) {
        return createChannel(guild, SimChannel.Kind.TEXT, name, 0);
    }

    public synchronized SimChannel createForum(SimGuild guild, String name) {
        return createChannel(guild, SimChannel.Kind.FORUM, name, 0);
    }

    /** A thread in a text channel, or a post in a forum. */
    public synchronized SimChannel createThread(SimChannel parent, String name) {
        SimGuild guild = guilds.get(parent.guildId());
        SimChannel thread = new SimChannel(ids.next(), guild.id(), SimChannel.Kind.THREAD, name, parent.id());
        guild.channels().add(thread);
        ObjectNode data = Payloads.channel(thread, 0);
        data.put("newly_created", true);
        dispatch(guild, "THREAD_CREATE", data);
        return thread;
    }

    private SimChannel createChannel(SimGuild guild, SimChannel.Kind kind, String name, long parentId) {
        SimChannel channel = new SimChannel(ids.next(), guild.id(), kind, name, parentId);
        guild.channels().add(channel);
        dispatch(guild, "CHANNEL_CREATE", Payloads.channel(channel, guild.channels().size() - 1));
        return channel;
    }

    /** Sets (or replaces) a channel's overwrite for a role or member: CHANNEL_UPDATE. */
    public synchronized void setOverwrite(SimChannel channel, long roleOrUserId, boolean member, long allow, long deny) {
        channel.overwrites().removeIf(o -> o.id() == roleOrUserId);
        channel.overwrites().add(new Overwrite(roleOrUserId, member, allow, deny));
        SimGuild guild = guilds.get(channel.guildId());
        dispatch(guild, "CHANNEL_UPDATE", Payloads.channel(channel, guild.channels().indexOf(channel)));
    }

    /** A text channel only the given roles (and the bot) can see, as an SLT channel should be. */
    public synchronized SimChannel createPrivateChannel(SimGuild guild, String name, SimRole... readers) {
        SimChannel channel = createTextChannel(guild, name);
        makePrivate(channel, readers);
        return channel;
    }

    /** Only the given roles (and the bot) can see the channel. */
    public synchronized void makePrivate(SimChannel channel, SimRole... readers) {
        setOverwrite(channel, channel.guildId(), false, 0, Permissions.VIEW_CHANNEL);
        for (SimRole reader : readers) {
            setOverwrite(channel, reader.id(), false, Permissions.VIEW_CHANNEL, 0);
        }
        setOverwrite(channel, bot.id(), true, Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES, 0);
    }

    /** Everyone can see the channel again. */
    public synchronized void makePublic(SimChannel channel) {
        setOverwrite(channel, channel.guildId(), false, Permissions.VIEW_CHANNEL, 0);
    }

    public synchronized void addMember(SimGuild guild, SimUser user, SimRole... roles) {
        memberEvent(guild, user, roles, "GUILD_MEMBER_ADD");
    }

    public synchronized void removeMember(SimGuild guild, SimUser user) {
        guild.members().remove(user.id());
        ObjectNode data = Payloads.JSON.createObjectNode().put("guild_id", Long.toString(guild.id()));
        data.set("user", Payloads.user(user));
        dispatch(guild, "GUILD_MEMBER_REMOVE", data);
    }

    public synchronized void setRoles(SimGuild guild, SimUser user, SimRole... roles) {
        memberEvent(guild, user, roles, "GUILD_MEMBER_UPDATE");
    }

    /** The member, with exactly these roles, and the event that tells the bot. */
    private void memberEvent(SimGuild guild, SimUser user, SimRole[] roles, String event) {
        guild.addMember(user.id(), roleIds(roles));
        ObjectNode data = Payloads.member(user, guild.members().get(user.id()), true);
        data.put("guild_id", Long.toString(guild.id()));
        dispatch(guild, event, data);
    }

    /**
     * Gives a role new permissions: GUILD_ROLE_UPDATE. Permission checks (the REST routes', the
     * permissions sent with interactions) follow at once.
     *
     * @return the role as it now is ({@code role} itself is a record of how it was)
     */
    public synchronized SimRole setRolePermissions(SimRole role, long permissions) {
        SimGuild guild = guilds.values().stream().filter(g -> g.roles().stream().anyMatch(r -> r.id() == role.id()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no guild has the role " + role.name()));
        SimRole changed = new SimRole(role.id(), role.name(), permissions, role.position());
        guild.roles().replaceAll(r -> r.id() == role.id() ? changed : r);
        ObjectNode data = Payloads.JSON.createObjectNode().put("guild_id", Long.toString(guild.id()));
        data.set("role", Payloads.role(changed));
        dispatch(guild, "GUILD_ROLE_UPDATE", data);
        return changed;
    }

    /**
     * Sets what the bot's own role allows in the guild (an admin taking Manage Messages away, say):
     * GUILD_ROLE_UPDATE, so JDA's own permission checks see it too.
     */
    public synchronized SimRole setBotPermissions(SimGuild guild, long permissions) {
        return setRolePermissions(guild.role(botRoleId(guild)), permissions);
    }

    /** The guild gets a new owner: GUILD_UPDATE with its owner_id. The new owner must be a member. */
    public synchronized void transferOwnership(SimGuild guild, SimUser newOwner) {
        if (!guild.members().containsKey(newOwner.id())) {
            throw new IllegalArgumentException(newOwner.username() + " is not in " + guild.name());
        }
        guild.ownerId(newOwner.id());
        dispatch(guild, "GUILD_UPDATE", Payloads.guildUpdate(guild));
    }

    /** The role {@link #addBot} gave the bot, the first of its roles. */
    private long botRoleId(SimGuild guild) {
        Set<Long> roles = guild.members().get(bot.id());
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("the bot is not in " + guild.name());
        }
        return roles.iterator().next();
    }

    private static Set<Long> roleIds(SimRole... roles) {
        return Arrays.stream(roles).map(SimRole::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---- scripting: messages ----

    /**
     * A member posts a message: MESSAGE_CREATE. With no bot connected (stopped between two runs) it
     * reaches the channel's history only, as on Discord.
     */
    public SimMessage post(SimChannel channel, SimUser author, String content) {
        return post(channel, author, content, List.of());
    }

    /** A member posts a message with attachments, each a file name and content type. */
    public synchronized SimMessage post(SimChannel channel, SimUser author, String content, List<String[]> files) {
        ArrayNode attachments = Payloads.JSON.createArrayNode();
        for (String[] file : files) {
            attachments.add(Payloads.attachment(ids.next(), file[0], file[1]));
        }
        SimMessage message = new SimMessage(ids.next(), channel.guildId(), channel.id(), author.id(), null, 0, null,
                new MessageContent(content, null, null, attachments, null, List.of()));
        messages.put(message.id(), message);
        dispatchMessage("MESSAGE_CREATE", message);
        return message;
    }

    /**
     * A message a member sent at a past time, when no bot was there to hear it: it is in the channel's
     * history for GET /channels/{id}/messages, and dispatched to no one.
     *
     * @param sentAt before the newest thing this Discord has made
     */
    public synchronized SimMessage postEarlier(SimChannel channel, SimUser author, String content, Instant sentAt) {
        SimMessage message = new SimMessage(ids.past(sentAt), channel.guildId(), channel.id(), author.id(), null, 0,
                null, MessageContent.text(content));
        messages.put(message.id(), message);
        return message;
    }

    /** The author edits a message: MESSAGE_UPDATE with the whole message. */
    public synchronized void edit(SimMessage message, String content) {
        message.edit(MessageContent.text(content));
        dispatchMessage("MESSAGE_UPDATE", message);
    }

    /** The author (or the bot, through REST) deletes a message: MESSAGE_DELETE. */
    public synchronized void delete(SimMessage message) {
        messages.remove(message.id());
        notifyAll();
        if (message.ephemeral()) {
            return;
        }
        ObjectNode data = Payloads.JSON.createObjectNode().put("id", Long.toString(message.id()))
                .put("channel_id", Long.toString(message.channelId()));
        if (message.guildId() != 0) {
            data.put("guild_id", Long.toString(message.guildId()));
        }
        dispatchIn(message.guildId(), "MESSAGE_DELETE", data);
    }

    /** The messages in the channel that everyone there sees (no ephemeral ones), anyone's, oldest first. */
    public synchronized List<SimMessage> messagesIn(SimChannel channel) {
        return messages.values().stream().filter(m -> m.channelId() == channel.id() && !m.ephemeral())
                .sorted(Comparator.comparingLong(SimMessage::id)).toList();
    }

    /** The bot's messages in the channel that everyone there sees (no ephemeral ones), oldest first. */
    public synchronized List<SimMessage> botMessagesIn(SimChannel channel) {
        return messages.values().stream()
                .filter(m -> m.channelId() == channel.id() && m.authorId() == bot.id() && !m.ephemeral()).toList();
    }

    /** Waits until the bot has posted at least {@code count} messages in the channel. */
    public List<SimMessage> awaitBotMessages(SimChannel channel, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        return Await.atLeast(this, () -> botMessagesIn(channel), count, timeout, "bot messages in #" + channel.name());
    }

    // ---- scripting: files and direct messages ----

    /**
     * A file a user is about to attach to a command. The simulator serves it on 127.0.0.1 (its
     * {@code url} and {@code proxy_url}), so the bot can download it as from Discord's CDN.
     */
    public synchronized SimAttachment upload(String filename, String contentType, byte[] bytes) {
        SimAttachment file = new SimAttachment(ids.next(), filename, contentType, bytes);
        files.put(file.id(), file);
        return file;
    }

    /** A message by id, wherever it is (an interaction's ephemeral reply too); null when there is none. */
    public synchronized SimMessage message(long id) {
        return messages.get(id);
    }

    /** The bot's direct messages to the user, oldest first. */
    public synchronized List<SimMessage> directMessages(SimUser user) {
        SimChannel channel = directChannels.get(user.id());
        return channel == null ? List.of() : messages.values().stream()
                .filter(m -> m.channelId() == channel.id() && m.authorId() == bot.id()).toList();
    }

    /** Waits until the bot has sent the user at least {@code count} direct messages. */
    public List<SimMessage> awaitDirectMessages(SimUser user, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        return Await.atLeast(this, () -> directMessages(user), count, timeout, "direct messages to "
                + user.username());
    }

    /**
     * The user no longer takes direct messages from the bot (privacy settings, or a block): the bot
     * can still open the channel, but sending fails with 403, code 50007.
     */
    public synchronized void closeDirectMessages(SimUser user) {
        closedDirectMessages.add(user.id());
    }

    // ---- scripting: interactions ----

    /**
     * The user runs a slash command: INTERACTION_CREATE of type 2. When the bot registered the
     * command (in this guild or globally) the interaction carries its id, and the options are
     * checked against the registration as Discord's client would.
     *
     * @param subcommand null for a command without subcommands
     * @param options in order; each value a String, Integer or Long, Double, Boolean, or an
     *     {@link SimAttachment} from {@link #upload}
     */
    public synchronized SimInteraction runCommand(SimGuild guild, SimChannel channel, SimUser user, String command,
            String subcommand, Map<String, Object> options) {
        return dispatchInteraction(SimInteraction.COMMAND, inGuild(guild, channel), user,
                commandData(guild, channel, user, command, subcommand, options, null), null);
    }

    /**
     * The user is typing a slash command's option: INTERACTION_CREATE of type 4, the option being
     * typed marked focused. The bot's answer carries the choices ({@link SimResponse#choices()}).
     */
    public synchronized SimInteraction autocomplete(SimGuild guild, SimChannel channel, SimUser user, String command,
            String subcommand, Map<String, Object> options, String focusedOption) {
        return dispatchInteraction(SimInteraction.AUTOCOMPLETE, inGuild(guild, channel), user,
                commandData(guild, channel, user, command, subcommand, options, focusedOption), null);
    }

    /**
     * The user clicks a button on one of the bot's messages, in a guild or in a direct message:
     * INTERACTION_CREATE of type 3 carrying the whole message.
     *
     * @throws IllegalArgumentException when the message has no enabled button with that custom id
     */
    public synchronized SimInteraction clickButton(SimMessage message, SimUser user, String customId) {
        boolean clickable = message.buttons().stream()
                .anyMatch(b -> customId.equals(b.customId()) && !b.disabled());
        if (!clickable) {
            throw new IllegalArgumentException("message " + message.id() + " has no enabled button " + customId + ": "
                    + message.buttons());
        }
        return dispatchInteraction(SimInteraction.COMPONENT, channel(message.channelId()), user,
                InteractionPayloads.button(customId), message);
    }

    /**
     * The user submits the modal the bot answered {@code opened} with: INTERACTION_CREATE of type 5.
     * Text inputs not in {@code values} keep the value the bot pre-filled.
     *
     * @param values text input custom ids to what the user typed
     * @throws IllegalStateException when the bot has not answered {@code opened} with a modal
     */
    public synchronized SimInteraction submitModal(SimInteraction opened, SimUser user, Map<String, String> values) {
        JsonNode modal = opened.modal();
        if (modal == null) {
            throw new IllegalStateException("the bot answered interaction " + opened.id() + " with no modal");
        }
        if (opened.user().id() != user.id()) {
            throw new IllegalArgumentException("the modal was shown to " + opened.user().username() + " only");
        }
        return dispatchInteraction(SimInteraction.MODAL_SUBMIT, opened.channel(), user,
                InteractionPayloads.modal(modal, values), opened.message());
    }

    /**
     * How long the bot has to answer an interaction's callback: 3 s on Discord, after which the
     * callback gets 404, code 10062 (Unknown interaction). Tests shorten it rather than wait.
     */
    public synchronized void setInteractionDeadline(Duration deadline) {
        interactionDeadline = deadline;
    }

    /** The commands the bot registered in the guild, as Discord returns them (each with its id). */
    public synchronized JsonNode registeredCommands(SimGuild guild) {
        return commands.list(guild.id());
    }

    /** The commands the bot registered globally. */
    public synchronized JsonNode registeredGlobalCommands() {
        return commands.list(Commands.GLOBAL);
    }

    private SimChannel inGuild(SimGuild guild, SimChannel channel) {
        if (channel.guildId() != guild.id()) {
            throw new IllegalArgumentException("#" + channel.name() + " is not in " + guild.name());
        }
        return channel;
    }

    /**
     * The command's data. A registered command's {@code default_member_permissions} are enforced as
     * Discord does: a member without them (administrators have all) is not offered the command.
     */
    private ObjectNode commandData(SimGuild guild, SimChannel channel, SimUser user, String command,
            String subcommand, Map<String, Object> options, String focused) {
        JsonNode registered = commands.slashCommand(guild.id(), command);
        JsonNode required = registered == null ? null : registered.get("default_member_permissions");
        if (required != null && !required.isNull()) {
            long needed = Long.parseLong(required.asText());
            long held = permissions(guild, user.id(), channel);
            // "0": administrators only.
            if (held != Permissions.ALL && (needed == 0 || (held & needed) != needed)) {
                throw new IllegalArgumentException(user.username() + " lacks the permissions /" + command + " needs");
            }
        }
        return InteractionPayloads.command(registered, ids.next(), command, subcommand, options, focused,
                this::attachmentJson);
    }

    /**
     * INTERACTION_CREATE as Discord sends it: in a guild with the member (and its permissions in the
     * channel), in a direct message with the user; the partial guild object JDA needs to tell the two apart.
     */
    private SimInteraction dispatchInteraction(int type, SimChannel channel, SimUser user, ObjectNode data,
            SimMessage message) {
        long id = ids.next();
        String token = "sim-interaction-" + id + "-" + UUID.randomUUID();
        ObjectNode payload = Payloads.JSON.createObjectNode();
        payload.put("id", Long.toString(id));
        payload.put("application_id", Long.toString(applicationId));
        payload.put("type", type);
        payload.put("token", token);
        payload.put("version", 1);
        payload.set("data", data);
        SimGuild guild = guilds.get(channel.guildId());
        ObjectNode owners = payload.putObject("authorizing_integration_owners");
        if (guild != null) {
            if (!guild.members().containsKey(bot.id())) {
                throw new IllegalArgumentException("the bot is not in " + guild.name() + ": no one there can use it");
            }
            long permissions = permissions(guild, user.id(), channel);
            if ((permissions & Permissions.VIEW_CHANNEL) == 0) {
                throw new IllegalArgumentException(user.username() + " cannot see #" + channel.name());
            }
            payload.put("guild_id", Long.toString(guild.id()));
            payload.putObject("guild").put("id", Long.toString(guild.id())).put("locale", Payloads.LOCALE)
                    .putArray("features");
            payload.put("guild_locale", Payloads.LOCALE);
            ObjectNode channelJson = Payloads.channel(channel, guild.channels().indexOf(channel));
            channelJson.put("permissions", Long.toString(permissions));
            payload.set("channel", channelJson);
            ObjectNode member = Payloads.member(user, guild.members().get(user.id()), true);
            member.put("permissions", Long.toString(permissions));
            payload.set("member", member);
            payload.put("app_permissions", Long.toString(permissions(guild, bot.id(), channel)));
            owners.put("0", Long.toString(guild.id()));
            payload.put("context", 0);
        } else {
            if (channel.recipientId() != user.id()) {
                throw new IllegalArgumentException(user.username() + " is not in direct message channel "
                        + channel.id());
            }
            // As the user sees it: the channel's recipient is the bot.
            payload.set("channel", Payloads.directChannel(channel, bot));
            payload.set("user", Payloads.user(user));
            payload.put("app_permissions", Long.toString(Permissions.DIRECT_MESSAGE_APP));
            owners.put("0", "0");
            payload.put("context", 1);
        }
        payload.put("channel_id", Long.toString(channel.id()));
        payload.put("locale", Payloads.LOCALE);
        payload.putArray("entitlements");
        payload.put("attachment_size_limit", 10 * 1024 * 1024);
        if (message != null) {
            payload.set("message", messageJson(message));
        }
        SimInteraction interaction = new SimInteraction(id, token, type, payload, channel, user, message);
        interactions.put(id, interaction);
        if (guild != null) {
            dispatch(guild, "INTERACTION_CREATE", payload);
        } else {
            sessions.values().forEach(session -> session.dispatch("INTERACTION_CREATE", payload));
        }
        return interaction;
    }

    // ---- faults and records ----

    /** The next {@code times} requests matching the method and path prefix get {@code status}. */
    public synchronized void failNext(String method, String pathPrefix, int times, int status) {
        faults.add(new Fault(method, pathPrefix, times, status, 0, false, null));
    }

    /** The next matching request is carried out, but its answer is lost: the client sees a 502. */
    public synchronized void loseAnswerNext(String method, String pathPrefix) {
        faults.add(new Fault(method, pathPrefix, 1, 502, 0, true, null));
    }

    /**
     * The next matching request waits, unanswered, until the returned hold is released, then is
     * carried out and answered as usual.
     */
    public synchronized Hold holdNext(String method, String pathPrefix) {
        Hold hold = new Hold();
        faults.add(new Fault(method, pathPrefix, 1, 0, 0, false, hold));
        holds.add(hold);
        return hold;
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    /** The next request matching gets a 429 with Discord's rate-limit headers. */
    public synchronized void rateLimitNext(String method, String pathPrefix, double retryAfterSeconds) {
        faults.add(new Fault(method, pathPrefix, 1, 429, retryAfterSeconds, false, null));
    }

    /** Drops the gateway connection without a close frame; the bot should resume. */
    public synchronized void dropGateway() {
        sessions.values().forEach(GatewaySession::drop);
    }

    /** Every REST request the bot made, oldest first. */
    public synchronized List<SentRequest> requests() {
        return List.copyOf(requests);
    }

    public List<SentRequest> requests(Predicate<SentRequest> filter) {
        return requests().stream().filter(filter).toList();
    }

    // ---- for the gateway and REST halves ----

    synchronized void identify(WebSocket socket, JsonNode identify) {
        if (!token.equals(identify.path("token").asText())) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        // A new login replaces older sessions, as a restarted bot's would be.
        sessions.values().forEach(GatewaySession::drop);
        intents = identify.path("intents").asLong();
        sessions.clear();
        GatewaySession session = new GatewaySession("sim-session-" + (++sessionCount), socket);
        sessions.put(session.id(), session);
        ObjectNode ready = Payloads.JSON.createObjectNode();
        ready.put("v", 10);
        ObjectNode self = Payloads.user(bot);
        self.put("verified", true);
        self.put("mfa_enabled", false);
        ready.set("user", self);
        ArrayNode list = ready.putArray("guilds");
        List<SimGuild> joined = guilds.values().stream().filter(g -> g.members().containsKey(bot.id())).toList();
        joined.forEach(g -> list.addObject().put("id", Long.toString(g.id())).put("unavailable", true));
        ready.put("session_id", session.id());
        ready.put("resume_gateway_url", gatewayUrl());
        ready.putObject("application").put("id", Long.toString(applicationId)).put("flags", 0);
        for (String empty : new String[] {"private_channels", "relationships", "presences", "guild_join_requests"}) {
            ready.putArray(empty);
        }
        ready.putObject("user_settings");
        ready.putArray("shard").add(0).add(1);
        session.dispatch("READY", ready);
        joined.forEach(g -> session.dispatch("GUILD_CREATE", Payloads.guild(g, users::get)));
    }

    synchronized void resume(WebSocket socket, String sessionId, int lastSeen) {
        GatewaySession session = sessions.get(sessionId);
        if (session == null) {
            socket.send("{\"op\":9,\"d\":false}");
            return;
        }
        session.resume(socket, lastSeen);
    }

    synchronized void requestMembers(WebSocket socket, JsonNode request) {
        SimGuild guild = guilds.get(request.path("guild_id").asLong());
        GatewaySession session = sessions.values().stream().filter(GatewaySession::connected).findFirst().orElse(null);
        if (guild == null || session == null) {
            return;
        }
        ObjectNode chunk = Payloads.JSON.createObjectNode();
        chunk.put("guild_id", Long.toString(guild.id()));
        ArrayNode members = chunk.putArray("members");
        guild.members().forEach((id, roles) -> members.add(Payloads.member(users.get(id), roles, true)));
        chunk.put("chunk_index", 0);
        chunk.put("chunk_count", 1);
        chunk.putArray("not_found");
        if (request.hasNonNull("nonce")) {
            chunk.put("nonce", request.path("nonce").asText());
        }
        session.dispatch("GUILD_MEMBERS_CHUNK", chunk);
    }

    synchronized void disconnected(WebSocket socket) {
        sessions.values().forEach(s -> s.detach(socket));
    }

    synchronized Fault takeFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path)) {
                if (fault.use()) {
                    faults.remove(fault);
                }
                return fault;
            }
        }
        return null;
    }

    synchronized void record(SentRequest request) {
        requests.add(request);
        notifyAll();
    }

    synchronized SimUser user(long id) {
        return users.get(id);
    }

    /** The channel with this id in any guild, or a direct-message channel; null for none. */
    synchronized SimChannel channel(long channelId) {
        return Stream.concat(guilds.values().stream().map(g -> g.channel(channelId)),
                directChannels.values().stream().filter(c -> c.id() == channelId))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    synchronized SimMessage messageByNonce(long channelId, String nonce) {
        return messages.values().stream()
                .filter(m -> m.channelId() == channelId && nonce.equals(m.nonce())).findFirst().orElse(null);
    }

    /** The bot's direct-message channel with the user, opened on first use as Discord's is; null for no such user. */
    synchronized SimChannel openDirectChannel(long userId) {
        SimUser user = users.get(userId);
        if (user == null) {
            return null;
        }
        return directChannels.computeIfAbsent(userId, id -> SimChannel.direct(ids.next(), user));
    }

    synchronized ObjectNode directChannelJson(SimChannel channel) {
        return Payloads.directChannel(channel, users.get(channel.recipientId()));
    }

    synchronized boolean takesDirectMessages(SimChannel channel) {
        return !closedDirectMessages.contains(channel.recipientId());
    }

    /** Keeps the files the bot uploaded with a request, to serve them as attachments. */
    synchronized List<SimAttachment> store(RestBody body) {
        return body.files().stream().map(file -> {
            SimAttachment stored = new SimAttachment(ids.next(), file.filename(), file.contentType(), file.bytes());
            files.put(stored.id(), stored);
            return stored;
        }).toList();
    }

    /** A file the simulator serves, or null. */
    synchronized SimAttachment file(long id) {
        return files.get(id);
    }

    ObjectNode attachmentJson(SimAttachment file) {
        return Payloads.attachment(file, baseUrl());
    }

    /** What a create or edit request sets on a message (new when {@code current} is null). */
    MessageContent content(JsonNode body, List<SimAttachment> uploads, SimMessage current) {
        return MessageContent.parse(body, uploads,
                current == null ? Payloads.JSON.createArrayNode() : current.attachments(), this::attachmentJson);
    }

    synchronized Commands commands() {
        return commands;
    }

    synchronized SimInteraction interaction(long id) {
        return interactions.get(id);
    }

    synchronized SimInteraction interactionByToken(String token) {
        return interactions.values().stream().filter(i -> i.token().equals(token)).findFirst().orElse(null);
    }

    /** Whether the bot is too late to answer the interaction's callback. */
    synchronized boolean expired(SimInteraction interaction) {
        return System.nanoTime() - interaction.dispatchedNanos() > interactionDeadline.toNanos();
    }

    /**
     * A message the bot sent (through REST or an interaction): stored, then echoed on the gateway as
     * Discord does.
     *
     * @param type Discord's message type
     * @param interaction the {@code interaction_metadata} of an interaction's response; else null
     */
    synchronized SimMessage botCreated(SimChannel channel, MessageContent content, String nonce, int type,
            ObjectNode interaction) {
        SimMessage message = new SimMessage(ids.next(), channel.guildId(), channel.id(), bot.id(), nonce, type,
                interaction, content);
        messages.put(message.id(), message);
        dispatchMessage("MESSAGE_CREATE", message);
        return message;
    }

    /**
     * The bot edits one of its messages. An edit cannot make a message ephemeral or not, and ends a
     * deferred response's loading state.
     */
    synchronized void botEdited(SimMessage message, MessageContent change) {
        int kept = message.flags() & SimMessage.EPHEMERAL;
        int sent = change.flags() != null ? change.flags() : message.flags();
        message.edit(new MessageContent(change.content(), change.embeds(), change.components(), change.attachments(),
                sent & ~(SimMessage.EPHEMERAL | SimMessage.LOADING) | kept, change.uploads()));
        dispatchMessage("MESSAGE_UPDATE", message);
    }

    /**
     * A channel's history as GET /channels/{id}/messages gives it: the {@code limit} messages just
     * after {@code after}, or just before {@code before}, or else the latest; newest first, as
     * Discord sorts every page. Without {@code member}: Discord sends that on the gateway only.
     */
    synchronized ArrayNode history(SimChannel channel, OptionalLong after, OptionalLong before, int limit) {
        List<SimMessage> all = messagesIn(channel);
        List<SimMessage> page;
        if (after.isPresent()) {
            page = all.stream().filter(m -> Long.compareUnsigned(m.id(), after.getAsLong()) > 0).limit(limit).toList();
        } else {
            List<SimMessage> earlier = before.isEmpty() ? all
                    : all.stream().filter(m -> Long.compareUnsigned(m.id(), before.getAsLong()) < 0).toList();
            page = earlier.subList(Math.max(0, earlier.size() - limit), earlier.size());
        }
        ArrayNode json = Payloads.JSON.createArrayNode();
        for (int i = page.size() - 1; i >= 0; i--) {
            SimMessage message = page.get(i);
            json.add(Payloads.message(message, users.get(message.authorId()), null, applicationId));
        }
        return json;
    }

    synchronized ObjectNode messageJson(SimMessage message) {
        SimGuild guild = guilds.get(message.guildId());
        return Payloads.message(message, users.get(message.authorId()),
                guild == null ? null : guild.members().get(message.authorId()), applicationId);
    }

    /** The bot's effective permissions in a channel (threads take their parent's overwrites). */
    synchronized long botPermissions(SimChannel channel) {
        return permissions(guilds.get(channel.guildId()), bot.id(), channel);
    }

    /** Discord's permission arithmetic: base from the roles, then the channel's overwrites; no view, no rights. */
    private long permissions(SimGuild guild, long userId, SimChannel channel) {
        Set<Long> roles = guild.members().get(userId);
        if (roles == null) {
            return 0;
        }
        if (guild.ownerId() == userId) {
            return Permissions.ALL;
        }
        long base = guild.role(guild.id()).permissions();
        for (long roleId : roles) {
            base |= guild.role(roleId).permissions();
        }
        if ((base & Permissions.ADMINISTRATOR) != 0) {
            return Permissions.ALL;
        }
        SimChannel holder = channel.kind() == SimChannel.Kind.THREAD ? guild.channel(channel.parentId()) : channel;
        long allowed = base;
        for (Overwrite o : holder.overwrites()) {
            if (!o.member() && o.id() == guild.id()) {
                allowed = (allowed & ~o.deny()) | o.allow();
            }
        }
        long roleAllow = 0;
        long roleDeny = 0;
        for (Overwrite o : holder.overwrites()) {
            if (!o.member() && roles.contains(o.id())) {
                roleAllow |= o.allow();
                roleDeny |= o.deny();
            }
        }
        allowed = (allowed & ~roleDeny) | roleAllow;
        for (Overwrite o : holder.overwrites()) {
            if (o.member() && o.id() == userId) {
                allowed = (allowed & ~o.deny()) | o.allow();
            }
        }
        return (allowed & Permissions.VIEW_CHANNEL) == 0 ? 0 : allowed;
    }

    private void dispatchMessage(String type, SimMessage message) {
        notifyAll();
        if (message.ephemeral()) {
            // Only the user who interacted sees it; Discord tells no one else, the bot included.
            return;
        }
        SimGuild guild = guilds.get(message.guildId());
        if (guild == null) {
            dispatchIn(0, type, messageJson(message));
            return;
        }
        SimChannel channel = guild.channel(message.channelId());
        // Discord only tells a bot about messages in channels it can see.
        if (channel == null || (permissions(guild, bot.id(), channel) & Permissions.VIEW_CHANNEL) == 0) {
            return;
        }
        dispatch(guild, type, messageJson(message));
    }

    /** A dispatch about a guild, or (guild 0) about a direct message: those only with the DIRECT_MESSAGES intent. */
    private void dispatchIn(long guildId, String type, JsonNode data) {
        SimGuild guild = guilds.get(guildId);
        if (guild != null) {
            dispatch(guild, type, data);
        } else if ((intents & DIRECT_MESSAGES_INTENT) != 0) {
            sessions.values().forEach(s -> s.dispatch(type, data));
        }
    }

    private void dispatch(SimGuild guild, String type, JsonNode data) {
        if (!guild.members().containsKey(bot.id())) {
            return;
        }
        sessions.values().forEach(s -> s.dispatch(type, data));
    }

    /** A scripted REST failure, used up after a given number of matching requests. */
    static final class Fault {

        private final String method;
        private final String pathPrefix;
        private final int status;
        private final double retryAfterSeconds;
        private final boolean carriedOut;
        private final Hold hold;
        private int remaining;

        /**
         * @param carriedOut whether the request takes effect before the failure is answered
         * @param hold for a request that is delayed, not failed; else null
         */
        Fault(String method, String pathPrefix, int times, int status, double retryAfterSeconds, boolean carriedOut,
                Hold hold) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.remaining = times;
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
            this.carriedOut = carriedOut;
            this.hold = hold;
        }

        Hold hold() {
            return hold;
        }

        int status() {
            return status;
        }

        double retryAfterSeconds() {
            return retryAfterSeconds;
        }

        boolean carriedOut() {
            return carriedOut;
        }

        boolean matches(String method, String path) {
            return this.method.equals(method) && path.startsWith(pathPrefix);
        }

        /** Uses one occurrence; true when none are left. */
        boolean use() {
            return --remaining <= 0;
        }
    }
}
