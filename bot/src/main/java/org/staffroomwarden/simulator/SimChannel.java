package org.staffroomwarden.simulator;

import java.util.ArrayList;
import java.util.List;

/** A guild channel: text, forum, or a thread under one of them. Mutable only under the simulator's lock. */
public final class SimChannel {

    /** Discord's channel types, by their numbers on the wire. */
    public enum Kind {
        TEXT(0), THREAD(11), FORUM(15);

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
    private final List<Overwrite> overwrites = new ArrayList<>();

    SimChannel(long id, long guildId, Kind kind, String name, long parentId) {
        this.id = id;
        this.guildId = guildId;
        this.kind = kind;
        this.name = name;
        this.parentId = parentId;
    }

    public long id() {
        return id;
    }

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

    List<Overwrite> overwrites() {
        return overwrites;
    }
}
