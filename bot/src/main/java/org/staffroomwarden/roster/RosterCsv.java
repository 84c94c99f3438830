package org.staffroomwarden.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        List<RosterImport.Rejection> rejected = new ArrayList<>();
        if (file.length >= 2 && (file[0] == (byte) 0xFF && file[1] == (byte) 0xFE || file[0] == (byte) 0xFE && file[1] == (byte) 0xFF)) {
            return refuseFile("the file is saved as UTF-16: save it as 'CSV UTF-8' and import it again");
        }
        List<byte[]> lines = lines(file);
        if (lines.isEmpty()) {
            return refuseFile("the file is empty");
        }
        String headerLine;
        try {
            headerLine = decode(lines.get(0));
        } catch (CharacterCodingException e) {
            return refuseFile("the header is not valid UTF-8: save the file as 'CSV UTF-8' and import it again");
        }
        List<String> header;
        try {
            header = fields(headerLine);
        } catch (IllegalArgumentException e) {
            return refuseFile("the header " + e.getMessage());
        }
        int first = -1;
        int surname = -1;
        int preferred = -1;
        for (int i = 0; i < header.size(); i++) {
            String role = HEADERS.get(header.get(i).trim().toLowerCase(Locale.ROOT).replace('_', ' '));
            if ("first".equals(role)) {
                first = i;
            } else if ("surname".equals(role)) {
                surname = i;
            } else if ("preferred".equals(role)) {
                preferred = i;
            }
        }
        if (first < 0 || surname < 0) {
            return refuseFile("the first line must be a header naming the columns, with at least 'first name' and 'surname'");
        }
        Set<String> full = new HashSet<>();
        Set<String> firstNames = new HashSet<>();
        int accepted = 0;
        for (int n = 1; n < lines.size(); n++) {
            long lineNumber = n + 1L;
            String line;
            try {
                line = decode(lines.get(n));
            } catch (CharacterCodingException e) {
                rejected.add(new RosterImport.Rejection(lineNumber, "not valid UTF-8: save the file as 'CSV UTF-8'"));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cells;
            try {
                cells = fields(line);
            } catch (IllegalArgumentException e) {
                rejected.add(new RosterImport.Rejection(lineNumber, e.getMessage()));
                continue;
            }
            if (cells.size() != header.size()) {
                rejected.add(new RosterImport.Rejection(lineNumber,
                        "has " + cells.size() + " columns, the header has " + header.size()));
                continue;
            }
            String problem = check("first name", cells.get(first));
            if (problem == null) {
                problem = check("surname", cells.get(surname));
            }
            String preferredName = preferred >= 0 ? cells.get(preferred).trim() : "";
            if (problem == null && !preferredName.isEmpty()) {
                problem = check("preferred name", preferredName);
            }
            if (problem != null) {
                rejected.add(new RosterImport.Rejection(lineNumber, problem));
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

    private static String decode(byte[] line) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line)).toString();
    }

    /** Lines without their endings; a UTF-8 byte-order mark at the start is dropped. */
    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                int end = i > start && file[i - 1] == '\r' ? i - 1 : i;
                if (i < file.length || end > start) {
                    byte[] line = new byte[end - start];
                    System.arraycopy(file, start, line, 0, line.length);
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** CSV fields of one line: commas, double quotes, "" for a quote inside quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("has a quote that is never closed");
        }
        out.add(cell.toString());
        return out;
    }
}
