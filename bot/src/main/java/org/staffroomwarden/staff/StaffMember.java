package org.staffroomwarden.staff;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One member of staff as Discord knows them, and the teams they belong to. At least one of the
 * user id and the username is given; the name from the file is not kept.
 *
 * @param userId   the Discord user id, 0 when the file did not give one
 * @param username the Discord username in lower case, "" when the file did not give one
 * @param teams    the teams in the order the file gave them, in the directory's spelling of each
 */
public record StaffMember(long userId, String username, Set<String> teams) {

    public StaffMember {
        if (userId == 0 && username.isEmpty()) {
            throw new IllegalArgumentException("a member of staff needs a Discord user id or username");
        }
        if (teams.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a team name is blank");
        }
        teams = Collections.unmodifiableSet(new LinkedHashSet<>(teams));
    }
}
