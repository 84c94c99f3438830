package org.staffroomwarden.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A guild channel (text, forum, or a thread under one of them), or the bot's direct-message channel
 * with one user. Mutable only under the simulator's lock.
 */
public final class SimChannel {

    /** Discord's channel types, by their numbers on the wire. */
    public enum Kind {
        TEXT(0), DM(1), THREAD(11), FORUM(15);

        final int wire;

        Kind(int wire) {
            this.wire = wire;
        }
    }

    private final long id;
    private final long guildId;
    private final Kind kind;
    private final String name;
    private final long parentId;
    private final long recipientId;
    private final List<Overwrite> overwrites = new ArrayList<>();

    SimChannel(long id, long guildId, Kind kind, String name, long parentId) {
        this(id, guildId, kind, name, parentId, 0);
    }

    private SimChannel(long id, long guildId, Kind kind, String name, long parentId, long recipientId) {
        this.id = id;
        this.guildId = guildId;
        this.kind = kind;
        this.name = name;
        this.parentId = parentId;
        this.recipientId = recipientId;
    }

    /** The bot's direct-message channel with a user. */
    static SimChannel direct(long id, SimUser recipient) {
        return new SimChannel(id, 0, Kind.DM, recipient.username(), 0, recipient.id());
    }

    public long id() {
        return id;
    }

    /** The guild; 0 for a direct-message channel. */
    public long guildId() {
        return guildId;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The channel a thread belongs to; 0 for a top-level channel. */
    public long parentId() {
        return parentId;
    }

    /** The user at the other end of a direct-message channel; 0 for a guild channel. */
    long recipientId() {
        return recipientId;
    }

    List<Overwrite> overwrites() {
        return overwrites;
    }
}
