package org.staffroomwarden.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.FindingType;

/** One line of a labelled file: a message with the categories and entities it should get. */
public record LabelledMessage(String id, String text, Set<Category> categories, List<Entity> entities) {

    /** A labelled span; {@code start} is -1 where the file gave only the text. */
    public record Entity(FindingType type, String text, int start, int end) {
    }

    public LabelledMessage {
        categories = Set.copyOf(categories);
        entities = List.copyOf(entities);
    }

    /** Reads one line; unknown category or type names are an error naming them. */
    public static LabelledMessage fromJson(JsonNode node) {
        String id = node.path("id").asText("");
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw new IllegalArgumentException("line " + id + " has no \"text\" string");
        }
        String text = textNode.asText();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (JsonNode c : node.path("categories")) {
            categories.add(Category.valueOf(c.asText()));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : node.path("entities")) {
            FindingType type = FindingType.valueOf(e.path("type").asText());
            String span = e.path("text").asText();
            int start = e.has("start") ? e.get("start").asInt() : text.indexOf(span);
            int end = e.has("end") ? e.get("end").asInt() : (start < 0 ? -1 : start + span.length());
            entities.add(new Entity(type, span, start, end));
        }
        return new LabelledMessage(id, text, categories, entities);
    }
}
