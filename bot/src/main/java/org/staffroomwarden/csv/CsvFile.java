package org.staffroomwarden.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file with a header line, as a spreadsheet saves it: UTF-8 with or without a byte-order
 * mark, Windows or Unix line endings, commas, and double quotes around a cell that holds a comma.
 * Each line is decoded on its own, so one badly encoded row is refused by its line number while
 * the rest are read.
 */
public final class CsvFile {

    /** Why a whole file cannot be read: the reason is for the person who chose the file. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String reason) {
            super(reason);
        }
    }

    /**
     * A non-blank line after the header: its line number in the file and either its cells (as many
     * as the header has) or, when they cannot be read, why not. The reason never quotes the line.
     */
    public record Row(long line, List<String> cells, String problem) {

        static Row of(long line, List<String> cells) {
            return new Row(line, List.copyOf(cells), null);
        }

        static Row refused(long line, String problem) {
            return new Row(line, List.of(), problem);
        }

        public boolean readable() {
            return problem == null;
        }
    }

    private final List<String> header;
    private final List<byte[]> lines;

    private CsvFile(List<String> header, List<byte[]> lines) {
        this.header = header;
        this.lines = lines;
    }

    /** Splits the file into lines and reads its header; the rows are read by {@link #rows()}. */
    public static CsvFile open(byte[] file) throws UnreadableException {
        if (file.length >= 2 && (file[0] == (byte) 0xFF && file[1] == (byte) 0xFE || file[0] == (byte) 0xFE && file[1] == (byte) 0xFF)) {
            throw new UnreadableException("the file is saved as UTF-16: save it as 'CSV UTF-8' and import it again");
        }
        List<byte[]> lines = lines(file);
        if (lines.isEmpty()) {
            throw new UnreadableException("the file is empty");
        }
        String headerLine;
        try {
            headerLine = decode(lines.get(0));
        } catch (CharacterCodingException e) {
            throw new UnreadableException("the header is not valid UTF-8: save the file as 'CSV UTF-8' and import it again");
        }
        try {
            return new CsvFile(fields(headerLine), lines);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("the header " + e.getMessage());
        }
    }

    /**
     * Where each column is, by what it holds: {@code aliases} maps a header name (lower case, '_'
     * read as a space) to the column's role. A role the header does not name is absent; when two
     * columns have the same role, the later one is used.
     */
    public Map<String, Integer> columns(Map<String, String> aliases) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String role = aliases.get(header.get(i).trim().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (role != null) {
                columns.put(role, i);
            }
        }
        return columns;
    }

    /** The lines after the header in file order, blank ones left out. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(lines.size() - 1);
        for (int n = 1; n < lines.size(); n++) {
            long lineNumber = n + 1L;
            String line;
            try {
                line = decode(lines.get(n));
            } catch (CharacterCodingException e) {
                rows.add(Row.refused(lineNumber, "not valid UTF-8: save the file as 'CSV UTF-8'"));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cells;
            try {
                cells = fields(line);
            } catch (IllegalArgumentException e) {
                rows.add(Row.refused(lineNumber, e.getMessage()));
                continue;
            }
            if (cells.size() != header.size()) {
                rows.add(Row.refused(lineNumber, "has " + cells.size() + " columns, the header has " + header.size()));
                continue;
            }
            rows.add(Row.of(lineNumber, cells));
        }
        return rows;
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
    private static List<String> fields(String line) {
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
