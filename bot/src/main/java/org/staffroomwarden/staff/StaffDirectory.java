package org.staffroomwarden.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff of the school and their teams. Team names compare without regard to case or runs of
 * spaces, because the same team is typed by different people in the file and in group purposes.
 */
public record StaffDirectory(List<StaffMember> members) {

    public static final StaffDirectory EMPTY = new StaffDirectory(List.of());

    /** A letter or digit next to a team name means it is part of a longer word ("Year 41"). */
    private static final String WORD_EDGE = "[\\p{L}\\p{N}]";

    public StaffDirectory {
        members = List.copyOf(members);
    }

    /** Every team, each in the spelling it first has in the directory, in the order first met. */
    public Set<String> teams() {
        return new LinkedHashSet<>(byKey().values());
    }

    /** The members in at least one of the given teams, in directory order. */
    public List<StaffMember> inTeams(Collection<String> teams) {
        Set<String> wanted = teams.stream().map(StaffDirectory::key).collect(Collectors.toSet());
        return members.stream()
                .filter(member -> member.teams().stream().anyMatch(team -> wanted.contains(key(team))))
                .toList();
    }

    /**
     * The directory's teams that a group's purpose names as whole words, in directory order:
     * "Year 4 team: planning and cover" names "Year 4" but not "Year 41". A group that
     * states which teams it is for is expected to include their staff.
     */
    public List<String> teamsNamedIn(String purposeText) {
        List<String> named = new ArrayList<>();
        for (String team : byKey().values()) {
            String words = Arrays.stream(key(team).split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
            Pattern pattern = Pattern.compile("(?<!" + WORD_EDGE + ")" + words + "(?!" + WORD_EDGE + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (pattern.matcher(purposeText).find()) {
                named.add(team);
            }
        }
        return named;
    }

    /** Each team's key to its first spelling, in the order the teams are first met. */
    private Map<String, String> byKey() {
        Map<String, String> teams = new LinkedHashMap<>();
        for (StaffMember member : members) {
            for (String team : member.teams()) {
                teams.putIfAbsent(key(team), team);
            }
        }
        return teams;
    }

    /** How two spellings of one team are told to be the same: case and runs of spaces ignored. */
    static String key(String team) {
        return team.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
