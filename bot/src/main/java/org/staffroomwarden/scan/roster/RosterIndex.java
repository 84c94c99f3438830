package org.staffroomwarden.scan.roster;

import java.util.Set;

/**
 * The roster as the scanner holds it: hashes of full names (first or preferred name with surname)
 * and of first names. Immutable.
 */
public record RosterIndex(Set<String> fullNames, Set<String> firstNames) {

    public static final RosterIndex EMPTY = new RosterIndex(Set.of(), Set.of());

    public RosterIndex {
        fullNames = Set.copyOf(fullNames);
        firstNames = Set.copyOf(firstNames);
    }

    public boolean isEmpty() {
        return fullNames.isEmpty() && firstNames.isEmpty();
    }
}
