package org.staffroomwarden.simulator;

import static org.staffroomwarden.simulator.Responses.error;
import static org.staffroomwarden.simulator.Responses.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The routes of an interaction's answer: the callback (once, within the deadline), then the
 * interaction's webhook for the original response, follow-ups and the component's message.
 * Each runs under the simulator's lock, so two answers cannot both be the first.
 */
final class InteractionRoutes {

    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)(?:/messages/(@original|\\d+))?");

    private final SimulatedDiscord discord;

    InteractionRoutes(SimulatedDiscord discord) {
        this.discord = discord;
    }

    /** The answer, or null when the route is none of these. */
    MockResponse route(RecordedRequest request, String method, String route, RestBody body) {
        Matcher callback = CALLBACK.matcher(route);
        Matcher webhook = WEBHOOK.matcher(route);
        synchronized (discord) {
            if (method.equals("POST") && callback.matches()) {
                return callback(discord.interaction(Long.parseLong(callback.group(1))), callback.group(2), body,
                        "true".equals(request.getUrl().queryParameter("with_response")));
            }
            if (webhook.matches()) {
                SimInteraction interaction = discord.interactionByToken(webhook.group(2));
                if (interaction == null || Long.parseLong(webhook.group(1)) != discord.applicationId()
                        || !interaction.acknowledged()) {
                    return error(404, 10015, "Unknown Webhook");
                }
                if (webhook.group(3) == null) {
                    return method.equals("POST") ? followUp(interaction, body,
                            "true".equals(request.getUrl().queryParameter("wait"))) : null;
                }
                return message(method, interaction, webhook.group(3), body);
            }
            return null;
        }
    }

    private MockResponse callback(SimInteraction interaction, String token, RestBody body, boolean withResponse) {
        if (interaction == null || !interaction.token().equals(token)) {
            return error(404, 10062, "Unknown interaction");
        }
        if (interaction.acknowledged()) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        if (discord.expired(interaction)) {
            return error(404, 10062, "Unknown interaction");
        }
        int type = body.json().path("type").asInt();
        if (!interaction.accepts(type)) {
            return error(400, 50035, "Invalid Form Body: callback type " + type + " for interaction type "
                    + interaction.type());
        }
        boolean update = type == SimResponse.UPDATE_MESSAGE || type == SimResponse.DEFERRED_UPDATE;
        if (update && discord.message(interaction.message().id()) == null) {
            return error(404, 10008, "Unknown Message");
        }
        JsonNode data = body.json().path("data");
        List<SimAttachment> uploads = discord.store(body);
        MessageContent content = null;
        SimMessage message = null;
        switch (type) {
            case SimResponse.REPLY -> {
                content = discord.content(data, uploads, null);
                message = reply(interaction, content, 0);
            }
            case SimResponse.DEFERRED_REPLY -> message = reply(interaction, new MessageContent("", null, null, null,
                    data.path("flags").asInt(0) & SimMessage.EPHEMERAL | SimMessage.LOADING, List.of()), 0);
            case SimResponse.UPDATE_MESSAGE -> {
                message = interaction.message();
                content = discord.content(data, uploads, message);
                discord.botEdited(message, content);
            }
            case SimResponse.DEFERRED_UPDATE -> message = interaction.message();
            default -> {
                // autocomplete choices and modals change no message
            }
        }
        JsonNode modal = null;
        if (type == SimResponse.MODAL) {
            ObjectNode numbered = data.deepCopy();
            numbered.set("components", Components.numbered(data.path("components")));
            modal = numbered;
        }
        interaction.acknowledge(SimResponse.of(SimResponse.Kind.CALLBACK, type, content, message, uploads, modal,
                type == SimResponse.AUTOCOMPLETE ? data.path("choices").deepCopy() : null),
                message == null ? 0 : message.id());
        return withResponse ? ok(callbackResponse(interaction, type, message)) : Responses.noContent();
    }

    /** What Discord answers a callback sent {@code with_response}: the interaction, and what became of it. */
    private ObjectNode callbackResponse(SimInteraction interaction, int type, SimMessage message) {
        ObjectNode json = Payloads.JSON.createObjectNode();
        ObjectNode about = json.putObject("interaction").put("id", Long.toString(interaction.id()))
                .put("type", interaction.type());
        ObjectNode resource = json.putObject("resource").put("type", type);
        if (message != null) {
            about.put("response_message_id", Long.toString(message.id()))
                    .put("response_message_loading", (message.flags() & SimMessage.LOADING) != 0)
                    .put("response_message_ephemeral", message.ephemeral());
            if (type == SimResponse.REPLY || type == SimResponse.UPDATE_MESSAGE) {
                resource.set("message", discord.messageJson(message));
            }
        }
        return json;
    }

    /**
     * A follow-up message. The first one after a deferred reply takes the place of its "thinking…"
     * message, keeping whether it is ephemeral, as on Discord.
     */
    private MockResponse followUp(SimInteraction interaction, RestBody body, boolean wait) {
        List<SimAttachment> uploads = discord.store(body);
        SimMessage original = discord.message(interaction.originalMessageId());
        SimMessage message;
        MessageContent content;
        if (original != null && (original.flags() & SimMessage.LOADING) != 0) {
            message = original;
            content = discord.content(body.json(), uploads, original);
            discord.botEdited(original, content);
        } else {
            content = discord.content(body.json(), uploads, null);
            message = reply(interaction, content, interaction.originalMessageId());
        }
        interaction.record(SimResponse.of(SimResponse.Kind.FOLLOWUP, 0, content, message, uploads, null, null));
        return wait ? ok(discord.messageJson(message)) : Responses.noContent();
    }

    /** {@code @original}, or a message of the bot's in the interaction's channel (JDA edits a button's message so). */
    private MockResponse message(String method, SimInteraction interaction, String which, RestBody body) {
        SimMessage message = discord.message(which.equals("@original") ? interaction.originalMessageId()
                : Long.parseLong(which));
        if (message == null || message.channelId() != interaction.channel().id()
                || message.authorId() != discord.botUser().id()) {
            return error(404, 10008, "Unknown Message");
        }
        switch (method) {
            case "GET" -> {
                return ok(discord.messageJson(message));
            }
            case "PATCH" -> {
                List<SimAttachment> uploads = discord.store(body);
                MessageContent content = discord.content(body.json(), uploads, message);
                discord.botEdited(message, content);
                interaction.record(SimResponse.of(SimResponse.Kind.EDIT, 0, content, message, uploads, null, null));
                return ok(discord.messageJson(message));
            }
            case "DELETE" -> {
                discord.delete(message);
                interaction.record(SimResponse.of(SimResponse.Kind.DELETE, 0, null, message, List.of(), null, null));
                return Responses.noContent();
            }
            default -> {
                return error(405, 0, "405: Method Not Allowed");
            }
        }
    }

    /** A new message answering the interaction, in its channel. */
    private SimMessage reply(SimInteraction interaction, MessageContent content, long originalResponseId) {
        // A slash command's response is Discord's message type 20 (CHAT_INPUT_COMMAND).
        int type = interaction.type() == SimInteraction.COMMAND ? 20 : 0;
        return discord.botCreated(interaction.channel(), content, null, type,
                InteractionPayloads.metadata(interaction, originalResponseId));
    }
}
