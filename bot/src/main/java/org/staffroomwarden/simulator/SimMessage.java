package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A message as the simulator holds it. Mutable only under the simulator's lock. */
public final class SimMessage {

    /** Seen only by the user who interacted. */
    static final int EPHEMERAL = 1 << 6;
    /** A deferred interaction response: "thinking…" until it is edited. */
    static final int LOADING = 1 << 7;

    private final long id;
    private final long guildId;
    private final long channelId;
    private final long authorId;
    private final String nonce;
    private final int type;
    private final ObjectNode interaction;
    private String content = "";
    private ArrayNode embeds = Payloads.JSON.createArrayNode();
    private ArrayNode components = Payloads.JSON.createArrayNode();
    private ArrayNode attachments = Payloads.JSON.createArrayNode();
    private int flags;
    private Instant editedAt;

    /**
     * @param type Discord's message type: 0 default, 20 a slash command's response
     * @param interaction for an interaction's response, its {@code interaction_metadata}; else null
     */
    SimMessage(long id, long guildId, long channelId, long authorId, String nonce, int type, ObjectNode interaction,
            MessageContent content) {
        this.id = id;
        this.guildId = guildId;
        this.channelId = channelId;
        this.authorId = authorId;
        this.nonce = nonce;
        this.type = type;
        this.interaction = interaction;
        apply(content);
    }

    public long id() {
        return id;
    }

    /** The guild; 0 for a direct message. */
    public long guildId() {
        return guildId;
    }

    public long channelId() {
        return channelId;
    }

    public long authorId() {
        return authorId;
    }

    public synchronized String content() {
        return content;
    }

    /** The embeds as Discord holds them (JSON objects with title, fields, ...). */
    public synchronized JsonNode embeds() {
        return embeds.deepCopy();
    }

    /** The components as Discord holds them (action rows of buttons, ...), each with its numeric id. */
    public synchronized JsonNode components() {
        return components.deepCopy();
    }

    /** The buttons among the components, in order. */
    public synchronized List<SimButton> buttons() {
        return Components.buttons(components);
    }

    /** The custom id of its button with this label. */
    public synchronized String buttonId(String label) {
        List<SimButton> buttons = buttons();
        return buttons.stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button " + label + " in " + buttons)).customId();
    }

    /** Discord's message flags: 64 ephemeral, 128 a deferred response still loading, ... */
    public synchronized int flags() {
        return flags;
    }

    /** Whether only the user who interacted sees it: such a message is in no channel's history. */
    public synchronized boolean ephemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    public Instant sentAt() {
        return Snowflakes.time(id);
    }

    synchronized Instant editedAt() {
        return editedAt;
    }

    /** The names of the files sent with it. */
    public synchronized List<String> attachmentNames() {
        List<String> names = new java.util.ArrayList<>();
        attachments.forEach(a -> names.add(a.path("filename").asText()));
        return names;
    }

    synchronized ArrayNode attachments() {
        return attachments;
    }

    String nonce() {
        return nonce;
    }

    int type() {
        return type;
    }

    ObjectNode interaction() {
        return interaction;
    }

    synchronized void edit(MessageContent change) {
        apply(change);
        this.editedAt = Instant.now();
    }

    private synchronized void apply(MessageContent change) {
        if (change.content() != null) {
            content = change.content();
        }
        if (change.embeds() != null) {
            embeds = change.embeds();
        }
        if (change.components() != null) {
            components = change.components();
        }
        if (change.attachments() != null) {
            attachments = change.attachments();
        }
        if (change.flags() != null) {
            flags = change.flags();
        }
    }
}
