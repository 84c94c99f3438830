package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
    private final Map<String, GatewaySession> sessions = new LinkedHashMap<>();
    private int sessionCount;

    private SimulatedDiscord() {
        applicationId = ids.next();
        bot = new SimUser(applicationId, "staffroom-warden", "Staffroom Warden", true);
        users.put(bot.id(), bot);
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
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
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
        guild.addMember(user.id(), roleIds(roles));
        ObjectNode data = Payloads.member(user, guild.members().get(user.id()), true);
        data.put("guild_id", Long.toString(guild.id()));
        dispatch(guild, "GUILD_MEMBER_ADD", data);
    }

    public synchronized void removeMember(SimGuild guild, SimUser user) {
        guild.members().remove(user.id());
        ObjectNode data = Payloads.JSON.createObjectNode().put("guild_id", Long.toString(guild.id()));
        data.set("user", Payloads.user(user));
        dispatch(guild, "GUILD_MEMBER_REMOVE", data);
    }

    public synchronized void setRoles(SimGuild guild, SimUser user, SimRole... roles) {
        guild.addMember(user.id(), roleIds(roles));
        ObjectNode data = Payloads.member(user, guild.members().get(user.id()), true);
        data.put("guild_id", Long.toString(guild.id()));
        dispatch(guild, "GUILD_MEMBER_UPDATE", data);
    }

    private static Set<Long> roleIds(SimRole... roles) {
        return Arrays.stream(roles).map(SimRole::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    // ---- scripting: messages ----

    /** A member posts a message: MESSAGE_CREATE. */
    public SimMessage post(SimChannel channel, SimUser author, String content) {
        return post(channel, author, content, List.of());
    }

    /** A member posts a message with attachments, each a file name and content type. */
    public synchronized SimMessage post(SimChannel channel, SimUser author, String content, List<String[]> files) {
        ArrayNode attachments = Payloads.JSON.createArrayNode();
        for (String[] file : files) {
            attachments.add(Payloads.attachment(ids.next(), file[0], file[1]));
        }
        SimMessage message = new SimMessage(ids.next(), channel.guildId(), channel.id(), author.id(), content,
                Payloads.JSON.createArrayNode(), Payloads.JSON.createArrayNode(), attachments, null);
        messages.put(message.id(), message);
        dispatchMessage("MESSAGE_CREATE", message);
        return message;
    }

    /** The author edits a message: MESSAGE_UPDATE with the whole message. */
    public synchronized void edit(SimMessage message, String content) {
        message.edit(content, null, null);
        dispatchMessage("MESSAGE_UPDATE", message);
    }

    /** The author deletes a message: MESSAGE_DELETE. */
    public synchronized void delete(SimMessage message) {
        messages.remove(message.id());
        dispatch(guilds.get(message.guildId()), "MESSAGE_DELETE", Payloads.JSON.createObjectNode()
                .put("id", Long.toString(message.id())).put("channel_id", Long.toString(message.channelId()))
                .put("guild_id", Long.toString(message.guildId())));
    }

    public synchronized List<SimMessage> botMessagesIn(SimChannel channel) {
        return messages.values().stream().filter(m -> m.channelId() == channel.id() && m.authorId() == bot.id())
                .toList();
    }

    /** Waits until the bot has posted at least {@code count} messages in the channel. */
    public List<SimMessage> awaitBotMessages(SimChannel channel, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (botMessagesIn(channel).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("the bot posted " + botMessagesIn(channel).size() + " of " + count
                            + " messages in #" + channel.name());
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return botMessagesIn(channel);
        }
    }

    // ---- faults and records ----

    /** The next {@code times} requests matching the method and path prefix get {@code status}. */
    public synchronized void failNext(String method, String pathPrefix, int times, int status) {
        faults.add(new Fault(method, pathPrefix, times, status, 0, false));
    }

    /** The next matching request is carried out, but its answer is lost: the client sees a 502. */
    public synchronized void loseAnswerNext(String method, String pathPrefix) {
        faults.add(new Fault(method, pathPrefix, 1, 502, 0, true));
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    /** The next request matching gets a 429 with Discord's rate-limit headers. */
    public synchronized void rateLimitNext(String method, String pathPrefix, double retryAfterSeconds) {
        faults.add(new Fault(method, pathPrefix, 1, 429, retryAfterSeconds, false));
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

    /** The channel with this id in any guild, or null. */
    synchronized SimChannel channel(long channelId) {
        return guilds.values().stream().map(g -> g.channel(channelId)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    synchronized SimMessage message(long id) {
        return messages.get(id);
    }

    synchronized SimMessage messageByNonce(long channelId, String nonce) {
        return messages.values().stream()
                .filter(m -> m.channelId() == channelId && nonce.equals(m.nonce())).findFirst().orElse(null);
    }

    /** A message the bot sent through REST: stored, then echoed on the gateway as Discord does. */
    synchronized SimMessage botPosted(SimChannel channel, String content, ArrayNode embeds, ArrayNode components,
            String nonce) {
        SimMessage message = new SimMessage(ids.next(), channel.guildId(), channel.id(), bot.id(), content, embeds,
                components, Payloads.JSON.createArrayNode(), nonce);
        messages.put(message.id(), message);
        dispatchMessage("MESSAGE_CREATE", message);
        return message;
    }

    synchronized void botEdited(SimMessage message, String content, ArrayNode embeds, ArrayNode components) {
        message.edit(content, embeds, components);
        dispatchMessage("MESSAGE_UPDATE", message);
    }

    synchronized ObjectNode messageJson(SimMessage message) {
        SimGuild guild = guilds.get(message.guildId());
        return Payloads.message(message, users.get(message.authorId()), guild.members().get(message.authorId()));
    }

    /** The bot's effective permissions in a channel (threads take their parent's overwrites). */
    synchronized long botPermissions(SimChannel channel) {
        return permissions(guilds.get(channel.guildId()), bot.id(), channel);
    }

    private long permissions(SimGuild guild, long userId, SimChannel channel) {
        Set<Long> roles = guild.members().get(userId);
        if (roles == null) {
            return 0;
        }
        if (guild.ownerId() == userId) {
            return -1L;
        }
        long base = guild.role(guild.id()).permissions();
        for (long roleId : roles) {
            base |= guild.role(roleId).permissions();
        }
        if ((base & Permissions.ADMINISTRATOR) != 0) {
            return -1L;
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
        return allowed;
    }

    private void dispatchMessage(String type, SimMessage message) {
        SimGuild guild = guilds.get(message.guildId());
        SimChannel channel = guild.channel(message.channelId());
        notifyAll();
        // Discord only tells a bot about messages in channels it can see.
        if (channel == null || (permissions(guild, bot.id(), channel) & Permissions.VIEW_CHANNEL) == 0) {
            return;
        }
        dispatch(guild, type, messageJson(message));
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
        private int remaining;

        /** @param carriedOut whether the request takes effect before the failure is answered */
        Fault(String method, String pathPrefix, int times, int status, double retryAfterSeconds, boolean carriedOut) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.remaining = times;
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
            this.carriedOut = carriedOut;
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
