package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/** The {@code data} of INTERACTION_CREATE as Discord sends it, and the metadata of an interaction's response messages. */
final class InteractionPayloads {

    private static final int SUB_COMMAND = 1;
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;
    private static final int USER = 6;
    private static final int CHANNEL = 7;
    private static final int ROLE = 8;
    private static final int NUMBER = 10;
    private static final int ATTACHMENT = 11;

    private InteractionPayloads() {
    }

    /**
     * A slash command's data: options nested under the subcommand, attachments resolved.
     *
     * @param registered the command as the bot registered it, which the options are checked against
     *     (names, types, required ones) as Discord's client would; null for an unregistered command
     * @param focused the option being typed, for an autocomplete; null for a command run
     */
    static ObjectNode command(JsonNode registered, long unregisteredId, String command, String subcommand,
            Map<String, Object> options, String focused, Function<SimAttachment, ObjectNode> attachmentJson) {
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("id", registered != null ? registered.get("id").asText() : Long.toString(unregisteredId));
        data.put("name", command);
        data.put("type", 1);
        if (registered != null && registered.hasNonNull("guild_id")) {
            data.put("guild_id", registered.get("guild_id").asText());
        }
        JsonNode declared = registered == null ? null : registered.path("options");
        ArrayNode list = data.putArray("options");
        if (subcommand != null) {
            declared = declared == null ? null : declared(declared, subcommand, command).path("options");
            ObjectNode sub = list.addObject().put("type", SUB_COMMAND).put("name", subcommand);
            list = sub.putArray("options");
        }
        ObjectNode resolved = Payloads.JSON.createObjectNode();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            list.add(option(option.getKey(), option.getValue(),
                    declared == null ? null : declared(declared, option.getKey(), command), resolved, attachmentJson));
        }
        if (focused != null) {
            if (!options.containsKey(focused)) {
                throw new IllegalArgumentException("the focused option " + focused + " has no value");
            }
            for (JsonNode option : list) {
                if (option.path("name").asText().equals(focused)) {
                    ((ObjectNode) option).put("focused", true);
                }
            }
        } else if (declared != null) {
            for (JsonNode option : declared) {
                if (option.path("required").asBoolean(false) && !options.containsKey(option.path("name").asText())) {
                    throw new IllegalArgumentException("/" + command + " requires the option " + option.path("name"));
                }
            }
        }
        if (!resolved.isEmpty()) {
            data.putObject("resolved").set("attachments", resolved);
        }
        return data;
    }

    /** A button's data. */
    static ObjectNode button(String customId) {
        return Payloads.JSON.createObjectNode().put("custom_id", customId).put("component_type", Components.BUTTON);
    }

    /** A submitted modal's data: its custom id, and its components holding the values. */
    static ObjectNode modal(JsonNode modal, Map<String, String> values) {
        ObjectNode data = Payloads.JSON.createObjectNode().put("custom_id", modal.path("custom_id").asText());
        data.set("components", Components.submission(modal.path("components"), values));
        return data;
    }

    /**
     * The {@code interaction_metadata} of a message sent in response to an interaction.
     *
     * @param originalResponseId for a follow-up, the original response's id; else 0
     */
    static ObjectNode metadata(SimInteraction interaction, long originalResponseId) {
        JsonNode payload = interaction.payload();
        ObjectNode json = Payloads.JSON.createObjectNode();
        json.put("id", Long.toString(interaction.id()));
        json.put("type", interaction.type());
        json.set("user", Payloads.user(interaction.user()));
        json.set("authorizing_integration_owners", payload.get("authorizing_integration_owners"));
        if (interaction.type() == SimInteraction.COMMAND) {
            json.put("name", payload.path("data").path("name").asText());
            json.put("command_type", 1);
        }
        if (interaction.message() != null) {
            json.put("interacted_message_id", Long.toString(interaction.message().id()));
        }
        if (originalResponseId != 0) {
            json.put("original_response_message_id", Long.toString(originalResponseId));
        }
        return json;
    }

    private static ObjectNode option(String name, Object value, JsonNode declared, ObjectNode resolved,
            Function<SimAttachment, ObjectNode> attachmentJson) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("name", name);
        int type;
        if (value instanceof String s) {
            type = STRING;
            json.put("value", s);
        } else if (value instanceof Integer || value instanceof Long) {
            type = INTEGER;
            json.put("value", ((Number) value).longValue());
        } else if (value instanceof Double d) {
            type = NUMBER;
            json.put("value", d);
        } else if (value instanceof Boolean b) {
            type = BOOLEAN;
            json.put("value", b);
        } else if (value instanceof SimUser u) {
            // Mentionable ids go as strings; the bot reads the id, so no resolved objects are sent with them.
            type = USER;
            json.put("value", Long.toString(u.id()));
        } else if (value instanceof SimRole r) {
            type = ROLE;
            json.put("value", Long.toString(r.id()));
        } else if (value instanceof SimChannel c) {
            type = CHANNEL;
            json.put("value", Long.toString(c.id()));
        } else if (value instanceof SimAttachment a) {
            type = ATTACHMENT;
            json.put("value", Long.toString(a.id()));
            // Discord marks a command's uploads ephemeral: they are kept only while the interaction lives.
            resolved.set(Long.toString(a.id()), attachmentJson.apply(a).put("ephemeral", true));
        } else {
            throw new IllegalArgumentException("option " + name + ": the simulator sends strings, integers, numbers,"
                    + " booleans, users, roles, channels and attachments, not " + value.getClass().getSimpleName());
        }
        if (declared != null) {
            int registered = declared.path("type").asInt();
            if (registered != type && !(registered == NUMBER && type == INTEGER)) {
                throw new IllegalArgumentException("option " + name + " is registered as type " + registered
                        + ", not " + type);
            }
            type = registered;
        }
        return json.put("type", type);
    }

    /** The registered option (or subcommand) of this name among {@code options}. */
    private static JsonNode declared(JsonNode options, String name, String command) {
        for (JsonNode option : options) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException("/" + command + " has no registered option or subcommand " + name);
    }
}
