package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** The application commands the bot registered, per guild (0: global), as Discord returns them. Guarded by the simulator's lock. */
final class Commands {

    static final long GLOBAL = 0;

    private final Map<Long, ArrayNode> registered = new HashMap<>();
    private final long applicationId;
    private final LongSupplier ids;

    Commands(long applicationId, LongSupplier ids) {
        this.applicationId = applicationId;
        this.ids = ids;
    }

    /**
     * A bulk overwrite: the given commands replace all of the scope's. A command keeping its name and
     * type keeps its id, as on Discord; each gets a new version.
     */
    ArrayNode replace(long guildId, JsonNode commands) {
        ArrayNode before = list(guildId);
        ArrayNode after = Payloads.JSON.createArrayNode();
        for (JsonNode command : commands) {
            ObjectNode stored = command.deepCopy();
            int type = command.path("type").asInt(1);
            JsonNode same = find(before, command.path("name").asText(), type);
            stored.put("id", same != null ? same.get("id").asText() : Long.toString(ids.getAsLong()));
            stored.put("application_id", Long.toString(applicationId));
            stored.put("version", Long.toString(ids.getAsLong()));
            stored.put("type", type);
            if (guildId != GLOBAL) {
                stored.put("guild_id", Long.toString(guildId));
            }
            if (!stored.has("default_member_permissions")) {
                stored.putNull("default_member_permissions");
            }
            stored.put("nsfw", command.path("nsfw").asBoolean(false));
            after.add(stored);
        }
        registered.put(guildId, after);
        return after.deepCopy();
    }

    ArrayNode list(long guildId) {
        return registered.getOrDefault(guildId, Payloads.JSON.createArrayNode()).deepCopy();
    }

    /** The slash command a user in the guild would see under this name: the guild's own, else a global one. */
    JsonNode slashCommand(long guildId, String name) {
        JsonNode own = find(list(guildId), name, 1);
        return own != null ? own : find(list(GLOBAL), name, 1);
    }

    private static JsonNode find(ArrayNode commands, String name, int type) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name) && command.path("type").asInt(1) == type) {
                return command;
            }
        }
        return null;
    }
}
