package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The REST half: the routes the bot uses, answered from the simulator's state, every request recorded. */
final class RestApi extends Dispatcher {

    private static final String PREFIX = "/api/v10/";
    private static final Pattern MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern GUILD_COMMANDS = Pattern.compile("applications/\\d+/guilds/\\d+/commands");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    private final SimulatedDiscord discord;

    RestApi(SimulatedDiscord discord) {
        this.discord = discord;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new GatewayConnection(discord)).build();
        }
        long received = System.nanoTime();
        String method = request.getMethod();
        String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        JsonNode body = body(request);
        MockResponse response = answer(request, method, route, body);
        discord.record(new SentRequest(method, route, body, response.getCode(), received));
        return response;
    }

    private MockResponse answer(RecordedRequest request, String method, String route, JsonNode body) {
        if (!("Bot " + discord.token()).equals(request.getHeaders().get("Authorization"))) {
            return error(401, 0, "401: Unauthorized");
        }
        SimulatedDiscord.Fault fault = discord.takeFault(method, route);
        if (fault != null && fault.carriedOut()) {
            route(method, route, body);
            return error(fault.status(), 0, fault.status() + ": simulated failure after the request took effect");
        }
        if (fault != null) {
            return fault.status() == 429 ? rateLimited(fault.retryAfterSeconds()) : error(fault.status(), 0,
                    fault.status() + ": simulated failure");
        }
        return route(method, route, body);
    }

    private MockResponse route(String method, String route, JsonNode body) {
        Matcher one = MESSAGE.matcher(route);
        Matcher many = MESSAGES.matcher(route);
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
        if (many.matches() && method.equals("POST")) {
            return createMessage(Long.parseLong(many.group(1)), body);
        }
        if (one.matches()) {
            return existingMessage(method, Long.parseLong(one.group(1)), Long.parseLong(one.group(2)), body);
        }
        if (method.equals("PUT") && GUILD_COMMANDS.matcher(route).matches() && body.isArray()) {
            ArrayNode registered = Payloads.JSON.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode copy = command.deepCopy();
                copy.put("id", Long.toString(Math.abs(command.path("name").asText().hashCode()) + 1L));
                copy.put("application_id", Long.toString(discord.applicationId()));
                copy.put("version", "1");
                registered.add(copy);
            }
            return ok(registered);
        }
        return error(404, 0, "404: Not Found");
    }

    private MockResponse createMessage(long channelId, JsonNode body) {
        SimChannel channel = discord.channel(channelId);
        if (channel == null) {
            return error(404, 10003, "Unknown Channel");
        }
        long needed = Permissions.VIEW_CHANNEL | (channel.kind() == SimChannel.Kind.THREAD
                ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES);
        if ((discord.botPermissions(channel) & needed) != needed) {
            return error(403, 50013, "Missing Permissions");
        }
        String nonce = body.hasNonNull("nonce") ? body.get("nonce").asText() : null;
        if (nonce != null && body.path("enforce_nonce").asBoolean(false)) {
            // Discord answers a repeated nonce with the message it already created.
            SimMessage earlier = discord.messageByNonce(channelId, nonce);
            if (earlier != null) {
                return ok(discord.messageJson(earlier));
            }
        }
        SimMessage message = discord.botPosted(channel, body.path("content").asText(""), array(body, "embeds"),
                array(body, "components"), nonce);
        return ok(discord.messageJson(message));
    }

    private MockResponse existingMessage(String method, long channelId, long messageId, JsonNode body) {
        SimMessage message = discord.message(messageId);
        if (message == null || message.channelId() != channelId) {
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
                discord.botEdited(message, body.hasNonNull("content") ? body.get("content").asText() : null,
                        body.has("embeds") ? array(body, "embeds") : null,
                        body.has("components") ? array(body, "components") : null);
                return ok(discord.messageJson(message));
            }
            case "DELETE" -> {
                boolean own = message.authorId() == discord.botUser().id();
                if (!own && (discord.botPermissions(channel) & Permissions.MANAGE_MESSAGES) == 0) {
                    return error(403, 50013, "Missing Permissions");
                }
                discord.delete(message);
                return new MockResponse.Builder().code(204).build();
            }
            default -> {
                return error(405, 0, "405: Method Not Allowed");
            }
        }
    }

    private static ArrayNode array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        ArrayNode copy = value != null && value.isArray() ? (ArrayNode) value.deepCopy() : Payloads.JSON.createArrayNode();
        if (field.equals("embeds")) {
            // Discord stores a bot's embeds as "rich" ones and says so.
            copy.forEach(embed -> {
                if (embed.isObject() && !embed.has("type")) {
                    ((ObjectNode) embed).put("type", "rich");
                }
            });
        }
        return copy;
    }

    /** The JSON body, or a multipart body's {@code payload_json} part; null-node when there is none. */
    private static JsonNode body(RecordedRequest request) {
        if (request.getBody() == null || request.getBody().size() == 0) {
            return NullNode.getInstance();
        }
        String text = request.getBody().string(StandardCharsets.UTF_8);
        String type = String.valueOf(request.getHeaders().get("Content-Type")).toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("multipart/")) {
                Matcher boundary = BOUNDARY.matcher(request.getHeaders().get("Content-Type"));
                return boundary.find() ? payloadJson(text, boundary.group(1)) : NullNode.getInstance();
            }
            return Payloads.JSON.readTree(text);
        } catch (IOException e) {
            return Payloads.JSON.createObjectNode().put("unreadable", e.getMessage());
        }
    }

    private static JsonNode payloadJson(String text, String boundary) throws IOException {
        for (String part : text.split("--" + Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split > 0 && part.substring(0, split).contains("name=\"payload_json\"")) {
                return Payloads.JSON.readTree(part.substring(split + 4).strip());
            }
        }
        return NullNode.getInstance();
    }

    private static MockResponse ok(JsonNode json) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google").body(json.toString()).build();
    }

    private static MockResponse error(int status, int code, String message) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("message", message).put("code", code);
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google").body(json.toString()).build();
    }

    /** A per-route 429 as Discord sends it; the Via header tells JDA it is not Cloudflare's. */
    private static MockResponse rateLimited(double retryAfterSeconds) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("message", "You are being rate limited.")
                .put("retry_after", retryAfterSeconds).put("global", false);
        long wholeSeconds = (long) Math.ceil(retryAfterSeconds);
        return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google")
                .setHeader("Retry-After", Long.toString(wholeSeconds))
                .setHeader("X-RateLimit-Limit", "5")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f",
                        System.currentTimeMillis() / 1000.0 + retryAfterSeconds))
                .setHeader("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retryAfterSeconds))
                .setHeader("X-RateLimit-Bucket", "simulated-bucket")
                .setHeader("X-RateLimit-Scope", "user")
                .body(json.toString()).build();
    }
}
