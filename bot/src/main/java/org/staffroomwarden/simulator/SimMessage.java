package org.staffroomwarden.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;

/** A message as the simulator holds it. Mutable only under the simulator's lock. */
public final class SimMessage {

    private final long id;
    private final long guildId;
    private final long channelId;
    private final long authorId;
    private final String nonce;
    private final ArrayNode attachments;
    private String content;
    private ArrayNode embeds;
    private ArrayNode components;
    private Instant editedAt;

    SimMessage(long id, long guildId, long channelId, long authorId, String content, ArrayNode embeds,
            ArrayNode components, ArrayNode attachments, String nonce) {
        this.id = id;
        this.guildId = guildId;
        this.channelId = channelId;
        this.authorId = authorId;
        this.content = content;
        this.embeds = embeds;
        this.components = components;
        this.attachments = attachments;
        this.nonce = nonce;
    }

    public long id() {
        return id;
    }

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

    public synchronized JsonNode components() {
        return components.deepCopy();
    }

    public Instant sentAt() {
        return Snowflakes.time(id);
    }

    synchronized Instant editedAt() {
        return editedAt;
    }

    ArrayNode attachments() {
        return attachments;
    }

    String nonce() {
        return nonce;
    }

    synchronized void edit(String content, ArrayNode embeds, ArrayNode components) {
        if (content != null) {
            this.content = content;
        }
        if (embeds != null) {
            this.embeds = embeds;
        }
        if (components != null) {
            this.components = components;
        }
        this.editedAt = Instant.now();
    }
}
