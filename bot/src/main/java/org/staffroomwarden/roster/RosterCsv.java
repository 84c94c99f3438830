package org.staffroomwarden.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.staffroomwarden.csv.CsvFile;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.scan.roster.RosterIndex;

/**
 * Reads a roster CSV (UTF-8, a header naming the columns; first name and surname required,
 * preferred name and year/class optional) into hashes. A bad row is refused with its line number
 * and the reason; the rest are taken. Names go straight into the hasher and are never kept.
 */
public final class RosterCsv {

    private static final int MAX_NAME_LENGTH = 100;
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("first name", "first"), Map.entry("firstname", "first"), Map.entry("forename", "first"),
            Map.entry("legal forename", "first"), Map.entry("given name", "first"),
            Map.entry("surname", "surname"), Map.entry("last name", "surname"), Map.entry("lastname", "surname"),
            Map.entry("family name", "surname"), Map.entry("legal surname", "surname"),
            Map.entry("preferred name", "preferred"), Map.entry("preferred forename", "preferred"),
            Map.entry("known as", "preferred"),
            Map.entry("year", "class"), Map.entry("class", "class"), Map.entry("year/class", "class"),
            Map.entry("year group", "class"), Map.entry("form", "class"), Map.entry("reg group", "class"),
            Map.entry("registration group", "class"));

    private final NameHasher hasher;

    public RosterCsv(NameHasher hasher) {
        this.hasher = hasher;
    }

    /** Reads the whole file; a file that cannot be read at all is one rejection on line 1. */
    public RosterImport read(byte[] file) {
        CsvFile csv;
        try {
            csv = CsvFile.open(file);
        } catch (CsvFile.UnreadableException e) {
            return refuseFile(e.getMessage());
        }
        Map<String, Integer> columns = csv.columns(HEADERS);
        int first = columns.getOrDefault("first", -1);
        int surname = columns.getOrDefault("surname", -1);
        int preferred = columns.getOrDefault("preferred", -1);
        if (first < 0 || surname < 0) {
            return refuseFile("the first line must be a header naming the columns, with at least 'first name' and 'surname'");
        }
        List<RosterImport.Rejection> rejected = new ArrayList<>();
        Set<String> full = new HashSet<>();
        Set<String> firstNames = new HashSet<>();
        int accepted = 0;
        for (CsvFile.Row row : csv.rows()) {
            if (!row.readable()) {
                rejected.add(new RosterImport.Rejection(row.line(), row.problem()));
                continue;
            }
            List<String> cells = row.cells();
            String problem = check("first name", cells.get(first));
            if (problem == null) {
                problem = check("surname", cells.get(surname));
            }
            String preferredName = preferred >= 0 ? cells.get(preferred).trim() : "";
            if (problem == null && !preferredName.isEmpty()) {
                problem = check("preferred name", preferredName);
            }
            if (problem != null) {
                rejected.add(new RosterImport.Rejection(row.line(), problem));
                continue;
            }
            full.add(hasher.hash(cells.get(first) + " " + cells.get(surname)));
            firstNames.add(hasher.hash(cells.get(first)));
            if (!preferredName.isEmpty()) {
                full.add(hasher.hash(preferredName + " " + cells.get(surname)));
                firstNames.add(hasher.hash(preferredName));
            }
            accepted++;
        }
        return new RosterImport(new RosterIndex(full, firstNames), accepted, rejected);
    }

    private static RosterImport refuseFile(String reason) {
        return new RosterImport(RosterIndex.EMPTY, 0, List.of(new RosterImport.Rejection(1, reason)));
    }

    /** Why a name cell cannot be taken, in words that do not repeat it; null when it can. */
    private static String check(String column, String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return column + " is empty";
        }
        if (v.length() > MAX_NAME_LENGTH) {
            return column + " is longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (v.chars().anyMatch(Character::isDigit)) {
            return column + " has digits in it";
        }
        if (NameHasher.normalise(v).isEmpty()) {
            return column + " has no letters in it";
        }
        return null;
    }
}
