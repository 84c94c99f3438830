package org.staffroomwarden.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A guild (one staff group). Mutable only under the simulator's lock. */
public final class SimGuild {

    private final long id;
    private final String name;
    private long ownerId;
    private final List<SimRole> roles = new ArrayList<>();
    private final List<SimChannel> channels = new ArrayList<>();
    private final Map<Long, Set<Long>> members = new LinkedHashMap<>();

    SimGuild(long id, String name, long ownerId) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long ownerId() {
        return ownerId;
    }

    void ownerId(long ownerId) {
        this.ownerId = ownerId;
    }

    List<SimRole> roles() {
        return roles;
    }

    List<SimChannel> channels() {
        return channels;
    }

    /** Member user ids to the ids of their roles (without @everyone). */
    Map<Long, Set<Long>> members() {
        return members;
    }

    SimRole role(long roleId) {
        return roles.stream().filter(r -> r.id() == roleId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role " + roleId + " in " + name));
    }

    SimChannel channel(long channelId) {
        return channels.stream().filter(c -> c.id() == channelId).findFirst().orElse(null);
    }

    void addMember(long userId, Set<Long> roleIds) {
        members.put(userId, new LinkedHashSet<>(roleIds));
    }
}
