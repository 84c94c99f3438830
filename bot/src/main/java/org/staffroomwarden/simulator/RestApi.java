package org.staffroomwarden.simulator;

import static org.staffroomwarden.simulator.Responses.error;
import static org.staffroomwarden.simulator.Responses.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The REST half: the routes the bot uses, answered from the simulator's state, and the CDN that
 * serves attachments. Every request is recorded.
 */
final class RestApi extends Dispatcher {

    private static final String PREFIX = "/api/v10/";
    private static final Pattern MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(?:/guilds/(\\d+))?/commands");
    private static final Pattern CDN = Pattern.compile("/(?:media/)?attachments/(\\d+)/[^/]+");

    private final SimulatedDiscord discord;
    private final InteractionRoutes interactions;

    RestApi(SimulatedDiscord discord) {
        this.discord = discord;
        this.interactions = new InteractionRoutes(discord);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new GatewayConnection(discord)).build();
        }
        long received = System.nanoTime();
        String method = request.getMethod();
        String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        RestBody body = RestBody.of(request);
        MockResponse response = answer(request, method, route, body);
        discord.record(new SentRequest(method, route, body.json(), response.getCode(), received));
        return response;
    }

    private MockResponse answer(RecordedRequest request, String method, String route, RestBody body)
            throws InterruptedException {
        Matcher cdn = CDN.matcher(route);
        if (method.equals("GET") && cdn.matches()) {
            // The CDN takes no token: its URLs are the secret.
            SimAttachment file = discord.file(Long.parseLong(cdn.group(1)));
            return file == null ? error(404, 0, "404: Not Found") : Responses.file(file);
        }
        if (!("Bot " + discord.token()).equals(request.getHeaders().get("Authorization"))) {
            return error(401, 0, "401: Unauthorized");
        }
        SimulatedDiscord.Fault fault = discord.takeFault(method, route);
        if (fault != null && fault.hold() != null) {
            // Outside the simulator's lock: everything else goes on while this request waits.
            fault.hold().hold();
            return route(request, method, route, body);
        }
        if (fault != null && fault.carriedOut()) {
            route(request, method, route, body);
            return error(fault.status(), 0, fault.status() + ": simulated failure after the request took effect");
        }
        if (fault != null) {
            return fault.status() == 429 ? Responses.rateLimited(fault.retryAfterSeconds()) : error(fault.status(), 0,
                    fault.status() + ": simulated failure");
        }
        return route(request, method, route, body);
    }

    private MockResponse route(RecordedRequest request, String method, String route, RestBody body) {
        Matcher one = MESSAGE.matcher(route);
        Matcher many = MESSAGES.matcher(route);
        Matcher commands = COMMANDS.matcher(route);
        if (method.equals("GET") && route.equals("users/@me")) {
            ObjectNode self = Payloads.user(discord.botUser());
            self.put("verified", true).put("mfa_enabled", false);
            return ok(self);
        }
        if (method.equals("GET") && (route.equals("gateway") || route.equals("gateway/bot"))) {
            ObjectNode gateway = Payloads.JSON.createObjectNode().put("url", discord.gatewayUrl()).put("shards", 1);
            gateway.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 0).put("max_concurrency", 1);
            return ok(gateway);
        }
        if (method.equals("POST") && route.equals("users/@me/channels")) {
            SimChannel channel = discord.openDirectChannel(body.json().path("recipient_id").asLong());
            return channel == null ? error(404, 10013, "Unknown User") : ok(discord.directChannelJson(channel));
        }
        if (many.matches() && method.equals("POST")) {
            return createMessage(Long.parseLong(many.group(1)), body);
        }
        if (many.matches() && method.equals("GET")) {
            return history(Long.parseLong(many.group(1)), request.getUrl());
        }
        if (one.matches()) {
            return existingMessage(method, Long.parseLong(one.group(1)), Long.parseLong(one.group(2)), body);
        }
        if (commands.matches()) {
            long guildId = commands.group(1) == null ? Commands.GLOBAL : Long.parseLong(commands.group(1));
            synchronized (discord) {
                if (method.equals("PUT") && body.json().isArray()) {
                    return ok(discord.commands().replace(guildId, body.json()));
                }
                if (method.equals("GET")) {
                    return ok(discord.commands().list(guildId));
                }
            }
        }
        MockResponse interaction = interactions.route(request, method, route, body);
        return interaction != null ? interaction : error(404, 0, "404: Not Found");
    }

    private MockResponse createMessage(long channelId, RestBody body) {
        SimChannel channel = discord.channel(channelId);
        if (channel == null) {
            return error(404, 10003, "Unknown Channel");
        }
        if (channel.kind() == SimChannel.Kind.DM) {
            if (!discord.takesDirectMessages(channel)) {
                return error(403, 50007, "Cannot send messages to this user");
            }
        } else {
            long needed = Permissions.VIEW_CHANNEL | (channel.kind() == SimChannel.Kind.THREAD
                    ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES)
                    | (body.files().isEmpty() ? 0 : Permissions.ATTACH_FILES);
            if ((discord.botPermissions(channel) & needed) != needed) {
                return error(403, 50013, "Missing Permissions");
            }
        }
        JsonNode json = body.json();
        String nonce = json.hasNonNull("nonce") ? json.get("nonce").asText() : null;
        if (nonce != null && json.path("enforce_nonce").asBoolean(false)) {
            // Discord answers a repeated nonce with the message it already created.
            SimMessage earlier = discord.messageByNonce(channelId, nonce);
            if (earlier != null) {
                return ok(discord.messageJson(earlier));
            }
        }
        List<SimAttachment> uploads = discord.store(body);
        SimMessage message = discord.botCreated(channel, discord.content(json, uploads, null), nonce, 0, null);
        return ok(discord.messageJson(message));
    }

    /**
     * A page of the channel's history, by Discord's rules: {@code after}, {@code before} (and
     * {@code around}, not simulated) exclusive of each other; {@code limit} 1 to 100, 50 unless given;
     * the channel seen or 403; without Read Message History, an empty page and no error.
     */
    private MockResponse history(long channelId, HttpUrl url) {
        SimChannel channel = discord.channel(channelId);
        if (channel == null) {
            return error(404, 10003, "Unknown Channel");
        }
        if (url.queryParameter("around") != null) {
            return error(400, 0, "around is not simulated");
        }
        OptionalLong after;
        OptionalLong before;
        int limit;
        try {
            after = snowflake(url.queryParameter("after"));
            before = snowflake(url.queryParameter("before"));
            limit = url.queryParameter("limit") == null ? 50 : Integer.parseInt(url.queryParameter("limit"));
        } catch (NumberFormatException e) {
            return error(400, 50035, "Invalid Form Body");
        }
        if (after.isPresent() && before.isPresent() || limit < 1 || limit > 100) {
            return error(400, 50035, "Invalid Form Body");
        }
        long permissions = channel.kind() == SimChannel.Kind.DM ? Permissions.ALL : discord.botPermissions(channel);
        if ((permissions & Permissions.VIEW_CHANNEL) == 0) {
            return error(403, 50001, "Missing Access");
        }
        if ((permissions & Permissions.READ_MESSAGE_HISTORY) == 0) {
            return ok(Payloads.JSON.createArrayNode());
        }
        return ok(discord.history(channel, after, before, limit));
    }

    /** Absent, or a snowflake: an unsigned 64-bit number. */
    private static OptionalLong snowflake(String value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseUnsignedLong(value));
    }

    private MockResponse existingMessage(String method, long channelId, long messageId, RestBody body) {
        SimMessage message = discord.message(messageId);
        // An ephemeral message is the interaction's: the channel's routes do not know it.
        if (message == null || message.channelId() != channelId || message.ephemeral()) {
            return error(404, 10008, "Unknown Message");
        }
        SimChannel channel = discord.channel(channelId);
        switch (method) {
            case "GET" -> {
                return ok(discord.messageJson(message));
            }
            case "PATCH" -> {
                if (message.authorId() != discord.botUser().id()) {
                    return error(403, 50005, "Cannot edit a message authored by another user");
                }
                List<SimAttachment> uploads = discord.store(body);
                discord.botEdited(message, discord.content(body.json(), uploads, message));
                return ok(discord.messageJson(message));
            }
            case "DELETE" -> {
                boolean own = message.authorId() == discord.botUser().id();
                if (!own && channel.kind() == SimChannel.Kind.DM) {
                    return error(403, 50003, "Cannot execute action on a DM channel");
                }
                if (!own && (discord.botPermissions(channel) & Permissions.MANAGE_MESSAGES) == 0) {
                    return error(403, 50013, "Missing Permissions");
                }
                discord.delete(message);
                return Responses.noContent();
            }
            default -> {
                return error(405, 0, "405: Method Not Allowed");
            }
        }
    }
}
