package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Message and modal components as Discord holds them: a tree of action rows, labels, sections and containers. */
final class Components {

    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;
    static final int TEXT_INPUT = 4;
    static final int TEXT_DISPLAY = 10;
    static final int LABEL = 18;

    private Components() {
    }

    /**
     * A copy in which every component the bot sent without an {@code id} has one, as Discord numbers
     * them: in tree order from 1, skipping ids already in use. JDA reads the ids back (modal values
     * are matched to them), so a component without one would be malformed.
     */
    static ArrayNode numbered(JsonNode components) {
        ArrayNode copy = components.deepCopy();
        Set<Integer> used = new HashSet<>();
        forEach(copy, c -> {
            if (c.has("id")) {
                used.add(c.get("id").asInt());
            }
        });
        int[] next = {1};
        forEach(copy, c -> {
            if (!c.has("id")) {
                while (used.contains(next[0])) {
                    next[0]++;
                }
                used.add(next[0]);
                c.put("id", next[0]);
            }
        });
        return copy;
    }

    /** The buttons anywhere in the tree, in order. */
    static List<SimButton> buttons(JsonNode components) {
        List<SimButton> buttons = new ArrayList<>();
        forEach(components, c -> {
            if (c.path("type").asInt() == BUTTON) {
                buttons.add(new SimButton(c.hasNonNull("custom_id") ? c.get("custom_id").asText() : null,
                        c.path("label").asText(""), c.path("style").asInt(), c.path("disabled").asBoolean(false)));
            }
        });
        return buttons;
    }

    /**
     * What Discord sends when the user submits a modal: its rows and labels again, each text input
     * with the value the user typed (or left pre-filled). JDA 6 reads only the values inside labels.
     *
     * @throws IllegalArgumentException for a value no text input asks for, a required input left
     *     empty, or an input the simulator cannot fill (anything but a text input)
     */
    static ArrayNode submission(JsonNode modalComponents, Map<String, String> values) {
        Set<String> unused = new HashSet<>(values.keySet());
        ArrayNode submitted = Payloads.JSON.createArrayNode();
        for (JsonNode top : modalComponents) {
            ObjectNode out = submitted.addObject().put("type", top.path("type").asInt()).put("id", top.path("id").asInt());
            switch (top.path("type").asInt()) {
                case LABEL -> out.set("component", filled(top.path("component"), values, unused));
                case ACTION_ROW -> {
                    ArrayNode row = out.putArray("components");
                    top.path("components").forEach(input -> row.add(filled(input, values, unused)));
                }
                case TEXT_DISPLAY -> {
                    // shown to the user, sent back with its id only
                }
                default -> throw new IllegalArgumentException("the simulator cannot fill a modal component of type "
                        + top.path("type").asInt());
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("the modal has no text input " + unused);
        }
        return submitted;
    }

    private static ObjectNode filled(JsonNode input, Map<String, String> values, Set<String> unused) {
        if (input.path("type").asInt() != TEXT_INPUT) {
            throw new IllegalArgumentException("the simulator fills only text inputs, not type " + input.path("type"));
        }
        String customId = input.path("custom_id").asText();
        String value = values.getOrDefault(customId, input.path("value").asText(""));
        unused.remove(customId);
        if (value.isEmpty() && input.path("required").asBoolean(true)) {
            throw new IllegalArgumentException("the modal requires a value for " + customId);
        }
        return Payloads.JSON.createObjectNode().put("type", TEXT_INPUT).put("id", input.path("id").asInt())
                .put("custom_id", customId).put("value", value);
    }

    /** Every component object in the tree, parents before children. */
    private static void forEach(JsonNode node, Consumer<ObjectNode> action) {
        if (node.isArray()) {
            node.forEach(child -> forEach(child, action));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        action.accept((ObjectNode) node);
        forEach(node.path("components"), action);
        forEach(node.path("component"), action);
        forEach(node.path("accessory"), action);
    }
}
