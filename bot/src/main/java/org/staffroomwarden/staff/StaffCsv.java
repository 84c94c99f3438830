package org.staffroomwarden.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.staffroomwarden.csv.CsvFile;

/**
 * Reads a staff directory CSV (UTF-8, a header naming the columns): a Discord user id or username
 * or both, a name, and one or more teams per row. A bad row is refused with its line number and a
 * reason that quotes nothing from the row; the rest are taken. The name is only checked to be
 * there, so that a row is a person and not a stray line, and is then dropped.
 */
public final class StaffCsv {

    static final int MAX_TEAM_LENGTH = 60;
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("discord id", "id"), Map.entry("discord user id", "id"), Map.entry("user id", "id"),
            Map.entry("id", "id"),
            Map.entry("username", "username"), Map.entry("discord username", "username"),
            Map.entry("discord", "username"),
            Map.entry("name", "name"), Map.entry("full name", "name"), Map.entry("staff name", "name"),
            Map.entry("team", "teams"), Map.entry("teams", "teams"), Map.entry("team(s)", "teams"),
            Map.entry("department", "teams"));
    /** A Discord snowflake as a user id: 17 to 20 digits, growing with time since 2015. */
    private static final Pattern SNOWFLAKE = Pattern.compile("[1-9][0-9]{16,19}");
    /** Discord's usernames since 2023: no capitals, no '#' and number, no two dots in a row. */
    private static final Pattern USERNAME = Pattern.compile("(?!.*\\.\\.)[a-z0-9_.]{2,32}");
    /** Several teams in one cell; a comma works when the cell is in quotes. */
    private static final Pattern TEAM_SEPARATOR = Pattern.compile("[;|,]");

    private StaffCsv() {
    }

    /** Reads the whole file; a file that cannot be read at all is one rejection on line 1. */
    public static StaffImport read(byte[] file) {
        CsvFile csv;
        try {
            csv = CsvFile.open(file);
        } catch (CsvFile.UnreadableException e) {
            return refuseFile(e.getMessage());
        }
        Map<String, Integer> columns = csv.columns(HEADERS);
        if (!columns.containsKey("name") || !columns.containsKey("teams")
                || !columns.containsKey("id") && !columns.containsKey("username")) {
            return refuseFile("the first line must be a header naming the columns: 'name', 'team', and 'discord id' or 'username' or both");
        }
        List<StaffImport.Rejection> rejected = new ArrayList<>();
        List<StaffMember> members = new ArrayList<>();
        Map<Long, Long> lineOfId = new HashMap<>();
        Map<String, Long> lineOfUsername = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            if (!row.readable()) {
                rejected.add(new StaffImport.Rejection(row.line(), row.problem()));
                continue;
            }
            String id = cell(row, columns.get("id"));
            String username = username(cell(row, columns.get("username")));
            Set<String> teams = teams(cell(row, columns.get("teams")));
            String problem = problem(id, username, cell(row, columns.get("name")), teams);
            if (problem != null) {
                rejected.add(new StaffImport.Rejection(row.line(), problem));
                continue;
            }
            long userId = id.isEmpty() ? 0 : Long.parseLong(id);
            // Neither 0 nor "" is ever put in these maps, so a missing id or username matches no one.
            Long earlier = lineOfId.get(userId);
            if (earlier == null) {
                earlier = lineOfUsername.get(username);
            }
            if (earlier != null) {
                rejected.add(new StaffImport.Rejection(row.line(), "the same person as line " + earlier));
                continue;
            }
            if (userId != 0) {
                lineOfId.put(userId, row.line());
            }
            if (!username.isEmpty()) {
                lineOfUsername.put(username, row.line());
            }
            Set<String> spelt = new LinkedHashSet<>();
            teams.forEach(team -> spelt.add(spellings.computeIfAbsent(StaffDirectory.key(team), key -> team)));
            members.add(new StaffMember(userId, username, spelt));
        }
        return new StaffImport(new StaffDirectory(members), members.size(), rejected);
    }

    private static StaffImport refuseFile(String reason) {
        return new StaffImport(StaffDirectory.EMPTY, 0, List.of(new StaffImport.Rejection(1, reason)));
    }

    private static String cell(CsvFile.Row row, Integer column) {
        return column == null ? "" : row.cells().get(column).strip();
    }

    /** As people type it: "@Amira.K" is the username "amira.k". */
    private static String username(String cell) {
        return (cell.startsWith("@") ? cell.substring(1) : cell).strip().toLowerCase(Locale.ROOT);
    }

    /** The cell's teams, spaces tidied, each once whatever its case, in the order given. */
    private static Set<String> teams(String cell) {
        Map<String, String> teams = new LinkedHashMap<>();
        for (String part : TEAM_SEPARATOR.split(cell)) {
            String team = part.strip().replaceAll("\\s+", " ");
            if (!team.isEmpty()) {
                teams.putIfAbsent(StaffDirectory.key(team), team);
            }
        }
        return new LinkedHashSet<>(teams.values());
    }

    /** Why a row cannot be taken, in words that quote nothing from it; null when it can. */
    private static String problem(String id, String username, String name, Set<String> teams) {
        if (id.isEmpty() && username.isEmpty()) {
            return "gives neither a Discord id nor a username";
        }
        if (!id.isEmpty() && !isUserId(id)) {
            return id.toUpperCase(Locale.ROOT).contains("E+")
                    ? "the Discord id was turned into a rounded number by a spreadsheet: format that column as text and copy the ids again"
                    : "the Discord id is not a Discord user id (17 to 20 digits)";
        }
        if (!username.isEmpty() && !USERNAME.matcher(username).matches()) {
            return "the username is not a Discord username (2 to 32 letters, digits, '_' or '.')";
        }
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (teams.isEmpty()) {
            return "gives no team";
        }
        if (teams.stream().anyMatch(team -> team.length() > MAX_TEAM_LENGTH)) {
            return "a team name is longer than " + MAX_TEAM_LENGTH + " characters";
        }
        return null;
    }

    /** Twenty digits can be more than a long holds; Discord's ids stay within one. */
    private static boolean isUserId(String id) {
        if (!SNOWFLAKE.matcher(id).matches()) {
            return false;
        }
        try {
            Long.parseLong(id);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
