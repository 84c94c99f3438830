package org.staffroomwarden.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StaffCsvTest {

    private static final String HEADER = "Discord ID,Username,Name,Team(s)\n";

    private static StaffImport read(String text) {
        return StaffCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> goodRows() {
        return Stream.of(
                Arguments.of("123456789012345678,amira.khan,Amira Khan,Year 4", 123456789012345678L, "amira.khan", List.of("Year 4")),
                Arguments.of(",@Tom_Hughes,Tom Hughes,Maths", 0L, "tom_hughes", List.of("Maths")),
                Arguments.of("98765432109876543,,Ellie Brown,Science; Year 6 | SEND", 98765432109876543L, "", List.of("Science", "Year 6", "SEND")),
                Arguments.of("\"1234567890123456789\",\"grace.oc\",\"O'Connor, Grace\",\"English, Drama\"", 1234567890123456789L, "grace.oc", List.of("English", "Drama")),
                Arguments.of(" 11111111111111111 , noah ,  Noah Green , Year  5 ;; year 5 ", 11111111111111111L, "noah", List.of("Year 5")));
    }

    @ParameterizedTest
    @MethodSource("goodRows")
    void takesARealisticRow(String row, long id, String username, List<String> teams) {
        StaffImport result = read(HEADER + row + "\n");
        assertEquals(List.of(), result.rejected());
        assertEquals(1, result.accepted());
        StaffMember member = result.directory().members().get(0);
        assertEquals(id, member.userId());
        assertEquals(username, member.username());
        assertEquals(teams, List.copyOf(member.teams()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            ,,Amira Khan,Year 4                              => neither a Discord id nor a username
            12345,amira,Amira Khan,Year 4                    => not a Discord user id
            123456789012345678901,amira,Amira Khan,Year 4     => not a Discord user id
            99999999999999999999,,Amira Khan,Year 4          => not a Discord user id
            01234567890123456,,Amira Khan,Year 4             => not a Discord user id
            1.23457E+17,,Amira Khan,Year 4                   => format that column as text
            ,Amira Khan,Amira Khan,Year 4                    => not a Discord username
            ,a,Amira Khan,Year 4                             => not a Discord username
            ,amira#1234,Amira Khan,Year 4                    => not a Discord username
            ,amira..khan,Amira Khan,Year 4                   => not a Discord username
            ,abcdefghijklmnopqrstuvwxyz0123456,Amira,Year 4  => not a Discord username
            ,amira,,Year 4                                   => the name is empty
            ,amira,Amira Khan,                               => gives no team
            ,amira,Amira Khan, ; |                           => gives no team
            ,amira,Amira Khan,Year 4;Year 4 Teaching Assistants and Higher Level Teaching Assistants => longer than 60 characters
            ,amira,Amira Khan                                => has 3 columns, the header has 4
            ,amira,"Amira Khan,Year 4                        => quote that is never closed
            """)
    void refusesABadRowSayingWhyWithoutQuotingIt(String row, String reason) {
        StaffImport result = read(HEADER + "22222222222222222,someone.else,Someone Else,Year 3\n" + row + "\n");
        assertEquals(1, result.accepted());
        assertEquals(1, result.rejected().size());
        StaffImport.Rejection rejection = result.rejected().get(0);
        assertEquals(3L, rejection.line());
        assertTrue(rejection.reason().contains(reason), rejection.reason());
        for (String quoted : List.of("Amira", "amira", "Khan", "#1234")) {
            assertFalse(rejection.reason().contains(quoted), rejection.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            discord id,full name,teams               => 33333333333333333,A Person,Year 1          => 1
            DISCORD_USER_ID,Staff Name,Department    => 33333333333333333,A Person,Year 1          => 1
            user id,discord username,name,team       => 33333333333333333,a.person,A Person,Year 1 => 1
            Id,Discord,Name,Team                     => ,a.person,A Person,Year 1                  => 1
            name,username,team                       => A Person,a.person,Year 1                   => 1
            username,team                            => a.person,Year 1                            => 0
            discord id,name                          => 33333333333333333,A Person                 => 0
            name,team                                => A Person,Year 1                            => 0
            """)
    void recognisesTheHeaderByAnyOfItsNames(String header, String row, int accepted) {
        StaffImport result = read(header + "\n" + row + "\n");
        assertEquals(accepted, result.accepted(), result.summary());
        if (accepted == 0) {
            assertEquals(1L, result.rejected().get(0).line());
            assertTrue(result.rejected().get(0).reason().contains("header"), result.summary());
        }
    }

    @Test
    void refusesALaterRowForTheSamePersonByIdOrUsername() {
        StaffImport result = read(HEADER + """
                44444444444444444,amira.khan,Amira Khan,Year 4
                55555555555555555,tom,Tom Hughes,Maths
                44444444444444444,,Amira Khan,Science
                ,@Amira.Khan,A. Khan,English
                66666666666666666,TOM,Thomas Hughes,PE
                ,ellie,Ellie Brown,Year 6
                """);
        assertEquals(3, result.accepted());
        assertEquals(List.of(
                new StaffImport.Rejection(4, "the same person as line 2"),
                new StaffImport.Rejection(5, "the same person as line 2"),
                new StaffImport.Rejection(6, "the same person as line 3")), result.rejected());
    }

    @Test
    void keepsTheFirstSpellingOfEachTeam() {
        StaffImport result = read(HEADER + """
                ,amira,Amira Khan,Year 4;Maths
                ,tom,Tom Hughes,YEAR 4|maths
                ,ellie,Ellie Brown,"year  4, Science"
                """);
        assertEquals(List.of("Year 4", "Maths", "Science"), List.copyOf(result.directory().teams()));
        for (StaffMember member : result.directory().members()) {
            assertTrue(member.teams().contains("Year 4"), member.teams().toString());
        }
        assertEquals(Set.of("Year 4", "Maths"), result.directory().members().get(1).teams());
    }

    @Test
    void refusesWrongEncodingsLineByLine() {
        byte[] latin1 = (HEADER + ",zoe,Zo\u00eb Smith,Year 2\n,amira,Amira Khan,Year 4\n").getBytes(StandardCharsets.ISO_8859_1);
        StaffImport result = StaffCsv.read(latin1);
        assertEquals(1, result.accepted());
        assertEquals(2L, result.rejected().get(0).line());
        assertTrue(result.rejected().get(0).reason().contains("UTF-8"));

        StaffImport wide = StaffCsv.read((HEADER + ",amira,Amira Khan,Year 4\n").getBytes(StandardCharsets.UTF_16));
        assertEquals(0, wide.accepted());
        assertTrue(wide.rejected().get(0).reason().contains("UTF-16"));
    }

    @Test
    void readsAByteOrderMarkWindowsLineEndingsAndAccentedNames() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes("Name,Username,Team\r\nZo\u00eb \u0141ukasz,zoe.l,Ann\u00e9e 3\r\n".getBytes(StandardCharsets.UTF_8));
        StaffImport result = StaffCsv.read(file.toByteArray());
        assertEquals(1, result.accepted(), result.summary());
        assertEquals(List.of("Ann\u00e9e 3"), List.copyOf(result.directory().teams()));
    }

    @Test
    void refusesAnEmptyFile() {
        StaffImport result = StaffCsv.read(new byte[0]);
        assertEquals(0, result.accepted());
        assertTrue(result.summary().contains("empty"), result.summary());
    }

    @Test
    void readsTenThousandRowsAndListsTwentyRefusals() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 10_000; i++) {
            String name = i % 250 == 0 ? "" : "Person " + i;
            String row = (100_000_000_000_000_000L + i) + ",user." + i + "," + name + ",Team " + i % 40 + ";All staff\n";
            file.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        }
        StaffImport result = StaffCsv.read(file.toByteArray());
        assertEquals(9_960, result.accepted());
        assertEquals(40, result.rejected().size());
        assertEquals(41, result.directory().teams().size());
        assertEquals(9_960, result.directory().inTeams(List.of("all staff")).size());
        String summary = result.summary();
        assertTrue(summary.startsWith("9960 staff imported, 40 rows refused\n  line 2: the name is empty"), summary);
        assertTrue(summary.endsWith("\n  ... and 20 more"), summary);
        assertEquals(22, summary.lines().count());
    }

    @Test
    void noSummaryNamesAnyoneFromTheFile() {
        List<String> people = List.of("Amira Khan", "amira.k", "Oluwaseun Adeyemi", "seun_a", "Grace O'Connor",
                "grace.oc", "Tom Hughes", "tomh", "Noah Green", "noahg");
        String file = HEADER + String.join("\n",
                "77777777777777777,amira.k,Amira Khan,Year 4",
                "77777777777777777,seun_a,Oluwaseun Adeyemi,Year 4",
                "123,grace.oc,Grace O'Connor,English",
                ",Tom Hughes,Tom Hughes,Maths",
                ",noahg,Noah Green",
                ",,Noah Green,PE",
                ",tomh,,Maths",
                ",noahg,\"Noah Green,Maths") + "\n";
        StaffImport result = read(file);
        assertEquals(1, result.accepted());
        assertEquals(7, result.rejected().size());
        String summary = result.summary().toLowerCase(Locale.ROOT);
        for (String person : people) {
            for (String part : person.toLowerCase(Locale.ROOT).split(" ")) {
                assertFalse(summary.contains(part), "summary names " + part + ": " + summary);
            }
        }
    }

    @Test
    void summarySaysOneRowInTheSingular() {
        StaffImport result = read(HEADER + ",amira,Amira Khan,Year 4\n,,Tom Hughes,Maths\n");
        assertEquals("1 member of staff imported, 1 row refused\n  line 3: gives neither a Discord id nor a username",
                result.summary());
    }
}
