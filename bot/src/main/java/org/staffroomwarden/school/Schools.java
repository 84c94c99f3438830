package org.staffroomwarden.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.config.SchoolConfig;

/**
 * The schools, and which one each group belongs to. Reads are served from memory: changes go
 * through this object, which stores them and refreshes what it holds.
 */
public final class Schools {

    private final List<SchoolConfig> configured;
    private final SchoolSetups stored;
    private volatile List<School> schools;
    private volatile Map<Long, Long> assignments;

    public Schools(List<SchoolConfig> configured, SchoolSetups stored) {
        if (configured.isEmpty()) {
            throw new IllegalArgumentException("at least one school is needed");
        }
        this.configured = List.copyOf(configured);
        this.stored = stored;
        refresh();
    }

    public List<School> all() {
        return schools;
    }

    public Optional<School> byHome(long guildId) {
        return schools.stream().filter(s -> s.homeGuildId() == guildId && guildId != 0).findFirst();
    }

    public boolean isHome(long guildId) {
        return byHome(guildId).isPresent();
    }

    /** The school a group belongs to: by configuration, else by {@code /warden school}, else the first. */
    public School forGroup(long groupId) {
        for (int i = 0; i < configured.size(); i++) {
            if (configured.get(i).groupIds().contains(groupId) || configured.get(i).homeGuildId() == groupId) {
                return schools.get(i);
            }
        }
        Long home = assignments.get(groupId);
        return home == null ? schools.get(0) : byHome(home).orElse(schools.get(0));
    }

    /** Whether the group belongs to the school. */
    public boolean belongsTo(long groupId, School school) {
        return forGroup(groupId).homeGuildId() == school.homeGuildId();
    }

    /** Whether the group's school was fixed by configuration, so /warden school cannot move it. */
    public boolean configuredGroup(long groupId) {
        return configured.stream().anyMatch(s -> s.groupIds().contains(groupId));
    }

    /** Whether the channel is some school's SLT channel, where messages are not scanned. */
    public boolean isSltChannel(long channelId) {
        return channelId != 0 && schools.stream().anyMatch(s -> s.sltChannelId() == channelId);
    }

    /** Which of the school's roles configuration fixes, so /warden setup can say it cannot change them. */
    public SchoolSetup configuredRoles(long homeGuildId) {
        return configured.stream().filter(s -> s.homeGuildId() == homeGuildId).findFirst()
                .map(s -> new SchoolSetup(homeGuildId, s.headteacherId(), s.sltRoleId(), s.sltChannelId()))
                .orElse(new SchoolSetup(homeGuildId, 0, 0, 0));
    }

    public void setUp(SchoolSetup setup, long byUserId) {
        stored.save(setup, byUserId);
        refresh();
    }

    public void assign(long groupId, long homeGuildId) {
        stored.assign(groupId, homeGuildId);
        refresh();
    }

    private synchronized void refresh() {
        List<School> now = new ArrayList<>();
        for (SchoolConfig c : configured) {
            SchoolSetup s = new SchoolSetup(c.homeGuildId(), c.headteacherId(), c.sltRoleId(), c.sltChannelId())
                    .or(stored.setup(c.homeGuildId()).orElse(new SchoolSetup(c.homeGuildId(), 0, 0, 0)));
            now.add(new School(c.name(), c.homeGuildId(), s.sltChannelId(), s.sltRoleId(), s.headteacherId()));
        }
        schools = List.copyOf(now);
        assignments = Map.copyOf(stored.assignments());
    }
}
