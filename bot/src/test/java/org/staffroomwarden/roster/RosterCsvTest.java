package org.staffroomwarden.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffroomwarden.scan.roster.NameHasher;

class RosterCsvTest {

    private final NameHasher hasher = new NameHasher("a-test-key-of-some-length");
    private final RosterCsv csv = new RosterCsv(hasher);

    private RosterImport read(String text) {
        return csv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void takesGoodRowsAndHashesFullAndPreferredNames() {
        RosterImport result = read("""
                First Name,Surname,Preferred Name,Year/Class
                Amira,Khan,,6K
                "Oluwaseun","Adeyemi","Seun",4B
                """);
        assertEquals(2, result.accepted());
        assertTrue(result.rejected().isEmpty());
        assertTrue(result.index().fullNames().contains(hasher.hash("amira khan")));
        assertTrue(result.index().fullNames().contains(hasher.hash("Seun Adeyemi")));
        assertTrue(result.index().firstNames().contains(hasher.hash("Seun")));
    }

    @Test
    void refusesBadRowsByLineAndReasonWithoutNamingAnyone() {
        RosterImport result = read("""
                forename,surname,class
                Amira,Khan,6K
                ,Smith,3
                Tom,Hughes2,2
                Ellie,Brown
                Noah,"Green,1
                Grace,O'Connor,5
                """);
        assertEquals(2, result.accepted());
        List<Long> lines = result.rejected().stream().map(RosterImport.Rejection::line).toList();
        assertEquals(List.of(3L, 4L, 5L, 6L), lines);
        String summary = result.summary();
        assertTrue(summary.startsWith("2 pupils imported, 4 rows refused"), summary);
        for (String name : List.of("Smith", "Tom", "Hughes", "Ellie", "Brown", "Noah", "Green", "Amira", "Grace")) {
            assertFalse(summary.contains(name), "summary names " + name + ": " + summary);
        }
    }

    @Test
    void refusesAFileWithoutTheNeededHeader() {
        RosterImport result = read("Amira,Khan,6K\nTom,Hughes,2\n");
        assertEquals(0, result.accepted());
        assertTrue(result.rejected().get(0).reason().contains("header"));
    }

    @Test
    void refusesWrongEncodingsLineByLine() {
        byte[] latin1 = "first name,surname\nZo\u00eb,Smith\nAmira,Khan\n".getBytes(StandardCharsets.ISO_8859_1);
        RosterImport result = csv.read(latin1);
        assertEquals(1, result.accepted());
        assertEquals(2L, result.rejected().get(0).line());
        assertTrue(result.rejected().get(0).reason().contains("UTF-8"));

        byte[] utf16 = "first name,surname\nAmira,Khan\n".getBytes(StandardCharsets.UTF_16);
        RosterImport wide = csv.read(utf16);
        assertEquals(0, wide.accepted());
        assertTrue(wide.rejected().get(0).reason().contains("UTF-16"));
    }

    @Test
    void readsAByteOrderMarkAndWindowsLineEndings() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Surname,First Name\r\nKhan,Amira\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        RosterImport result = csv.read(file);
        assertEquals(1, result.accepted());
        assertTrue(result.index().fullNames().contains(hasher.hash("Amira Khan")));
    }

    @Test
    void readsAHundredThousandRows() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("first name,surname,class\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 100_000; i++) {
            String row = (i % 1000 == 0 ? "" : "Pupil" + letters(i)) + ",Family" + letters(i / 7) + ",Y" + (i % 7) + "\n";
            file.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        }
        RosterImport result = csv.read(file.toByteArray());
        assertEquals(99_900, result.accepted());
        assertEquals(100, result.rejected().size());
        assertTrue(result.summary().contains("... and 80 more"));
    }

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }
}
