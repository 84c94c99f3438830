package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One thing the bot sent in answer to an interaction: its initial callback, or a later request
 * through the interaction's webhook (a follow-up, an edit or deletion of a message).
 *
 * @param kind the route it came through
 * @param callbackType for a {@link Kind#CALLBACK}, Discord's callback type ({@link #REPLY} ...
 *     {@link #MODAL}); 0 otherwise
 * @param content the message text it set; null when it left the text alone or sent no message
 * @param embeds the embeds it set, as Discord holds them; null when left alone
 * @param components the components it set, numbered as Discord numbers them; null when left alone
 * @param ephemeral whether the message it created or edited is seen only by the user who interacted
 * @param files the files uploaded with it (a chart's PNG, say)
 * @param modal for a {@link #MODAL} callback the modal (custom_id, title, components); else null
 * @param choices for an {@link #AUTOCOMPLETE} callback the choices, each a name and a value; else null
 * @param messageId the message it created, edited or deleted; 0 for none
 */
public record SimResponse(Kind kind, int callbackType, String content, JsonNode embeds, JsonNode components,
        boolean ephemeral, List<SimAttachment> files, JsonNode modal, JsonNode choices, long messageId) {

    /** Callback type 4: a message in reply. */
    public static final int REPLY = 4;
    /** Callback type 5: "thinking…", the reply comes later by editing the original response. */
    public static final int DEFERRED_REPLY = 5;
    /** Callback type 6: a component's message will be edited later (or not at all). */
    public static final int DEFERRED_UPDATE = 6;
    /** Callback type 7: the component's message edited at once. */
    public static final int UPDATE_MESSAGE = 7;
    /** Callback type 8: autocomplete choices. */
    public static final int AUTOCOMPLETE = 8;
    /** Callback type 9: a modal for the user to fill in. */
    public static final int MODAL = 9;

    /** The route a response came through. */
    public enum Kind {
        /** {@code POST /interactions/{id}/{token}/callback}. */
        CALLBACK,
        /** {@code POST /webhooks/{application}/{token}}. */
        FOLLOWUP,
        /** {@code PATCH /webhooks/{application}/{token}/messages/{@original or id}}. */
        EDIT,
        /** {@code DELETE /webhooks/{application}/{token}/messages/{@original or id}}. */
        DELETE
    }

    public SimResponse {
        files = List.copyOf(files);
    }

    /**
     * @param content what the request set on a message; null when it sent none
     * @param message the message it created, edited or deleted; null for none
     */
    static SimResponse of(Kind kind, int callbackType, MessageContent content, SimMessage message,
            List<SimAttachment> files, JsonNode modal, JsonNode choices) {
        return new SimResponse(kind, callbackType, content == null ? null : content.content(),
                content == null ? null : content.embeds(), content == null ? null : content.components(),
                message != null && message.ephemeral(), files, modal, choices, message == null ? 0 : message.id());
    }
}
