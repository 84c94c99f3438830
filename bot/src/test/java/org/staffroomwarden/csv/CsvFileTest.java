package org.staffroomwarden.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static CsvFile open(String text) throws CsvFile.UnreadableException {
        return CsvFile.open(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedCellsWithCommasAndQuotesInside() throws Exception {
        CsvFile csv = open("a,b,c\n\"x, y\",\"say \"\"hi\"\"\", plain \n\n  \nlast,row,here");
        List<CsvFile.Row> rows = csv.rows();
        assertEquals(2, rows.size());
        assertEquals(new CsvFile.Row(2, List.of("x, y", "say \"hi\"", " plain "), null), rows.get(0));
        assertEquals(5L, rows.get(1).line());
        assertTrue(rows.get(1).readable());
    }

    @Test
    void findsColumnsByAnyAliasTheLaterOfTwoWinning() throws Exception {
        CsvFile csv = open(" First_Name ,Surname,forename,notes\n");
        Map<String, Integer> columns = csv.columns(Map.of("first name", "first", "forename", "first", "surname", "last"));
        assertEquals(Map.of("first", 2, "last", 1), columns);
    }

    @Test
    void refusesAFileWhoseHeaderCannotBeRead() {
        CsvFile.UnreadableException quote = assertThrows(CsvFile.UnreadableException.class, () -> open("\"a,b\n1,2\n"));
        assertEquals("the header has a quote that is never closed", quote.getMessage());
        byte[] latin1 = "caf\u00e9,b\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFile.UnreadableException encoding = assertThrows(CsvFile.UnreadableException.class, () -> CsvFile.open(latin1));
        assertTrue(encoding.getMessage().contains("UTF-8"));
    }

    @Test
    void refusesARowWithoutQuotingIt() throws Exception {
        CsvFile.Row row = open("a,b\nsecret,value,extra\n").rows().get(0);
        assertFalse(row.readable());
        assertEquals(List.of(), row.cells());
        assertEquals("has 3 columns, the header has 2", row.problem());
    }
}
