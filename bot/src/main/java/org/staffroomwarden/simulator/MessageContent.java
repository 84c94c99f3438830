package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * What a request to create or edit a message sets, as Discord will hold it. A null field is one the
 * request leaves as it is.
 *
 * @param uploads the files uploaded with the request, which {@code attachments} refers to
 */
record MessageContent(String content, ArrayNode embeds, ArrayNode components, ArrayNode attachments, Integer flags,
        List<SimAttachment> uploads) {

    static MessageContent text(String content) {
        return new MessageContent(content, null, null, null, null, List.of());
    }

    /**
     * The fields of a message body as the bot sends it. Its {@code attachments} list both the
     * attachments to keep (by their ids) and the files uploaded with the request (by their index in
     * the multipart body); without that list, uploaded files are added to those already there.
     *
     * @param uploads the files of the multipart body, by index
     * @param current the message's attachments now (empty for a new message)
     * @param json how an attachment is described on the wire
     */
    static MessageContent parse(JsonNode body, List<SimAttachment> uploads, ArrayNode current,
            Function<SimAttachment, ObjectNode> json) {
        ArrayNode attachments = null;
        if (body.has("attachments")) {
            attachments = Payloads.JSON.createArrayNode();
            for (JsonNode wanted : body.get("attachments")) {
                String id = wanted.path("id").asText();
                JsonNode kept = byId(current, id);
                if (kept != null) {
                    attachments.add(kept);
                } else if (id.matches("\\d{1,9}") && Integer.parseInt(id) < uploads.size()) {
                    attachments.add(json.apply(uploads.get(Integer.parseInt(id))));
                }
            }
        } else if (!uploads.isEmpty()) {
            attachments = current.deepCopy();
            for (SimAttachment upload : uploads) {
                attachments.add(json.apply(upload));
            }
        }
        return new MessageContent(body.hasNonNull("content") ? body.get("content").asText() : null,
                body.has("embeds") ? embeds(body.get("embeds")) : null,
                body.has("components") ? Components.numbered(body.get("components")) : null,
                attachments, body.hasNonNull("flags") ? body.get("flags").asInt() : null, uploads);
    }

    private static JsonNode byId(ArrayNode attachments, String id) {
        for (JsonNode attachment : attachments) {
            if (attachment.path("id").asText().equals(id)) {
                return attachment;
            }
        }
        return null;
    }

    /** Discord stores a bot's embeds as "rich" ones and says so. */
    private static ArrayNode embeds(JsonNode sent) {
        ArrayNode copy = sent.isArray() ? (ArrayNode) sent.deepCopy() : Payloads.JSON.createArrayNode();
        copy.forEach(embed -> {
            if (embed.isObject() && !embed.has("type")) {
                ((ObjectNode) embed).put("type", "rich");
            }
        });
        return copy;
    }
}
