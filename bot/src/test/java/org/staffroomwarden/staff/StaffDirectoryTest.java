package org.staffroomwarden.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffDirectoryTest {

    private final StaffDirectory directory = new StaffDirectory(List.of(
            new StaffMember(11111111111111111L, "", Set.of("Year 4")),
            new StaffMember(0, "tom", new LinkedHashSet<>(List.of("Year 41", "Maths"))),
            new StaffMember(0, "ellie", new LinkedHashSet<>(List.of("year 4", "Design & Technology"))),
            new StaffMember(22222222222222222L, "grace", Set.of("SLT")),
            new StaffMember(0, "noah", Set.of("Year 6 (SATs)"))));

    @Test
    void listsEachTeamOnceInItsFirstSpelling() {
        assertEquals(List.of("Year 4", "Year 41", "Maths", "Design & Technology", "SLT", "Year 6 (SATs)"),
                List.copyOf(directory.teams()));
    }

    @Test
    void findsMembersOfTeamsWhateverTheCase() {
        assertEquals(List.of("", "ellie"), usernames(directory.inTeams(List.of("YEAR 4"))));
        assertEquals(List.of("tom", "ellie", "grace"), usernames(directory.inTeams(List.of("maths", "design  &  technology", "slt"))));
        assertEquals(List.of(), directory.inTeams(List.of("Year", "PE")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiterString = "=>", textBlock = """
            Year 4 team: planning and cover               => Year 4
            YEAR 41 trip                                  => Year 41
            year   4 and Year 41 together                 => Year 4|Year 41
            Maths and D&T (Design & Technology)           => Maths|Design & Technology
            Mathsy chat                                   =>
            Yr 4 and year 45                              =>
            SLT-only: Year 6 (SATs) revision              => SLT|Year 6 (SATs)
            ''                                            =>
            """)
    void findsTheTeamsAPurposeNamesAsWholeWords(String purpose, String expected) {
        List<String> teams = expected == null ? List.of() : Arrays.asList(expected.split("\\|"));
        assertEquals(teams, directory.teamsNamedIn(purpose));
    }

    @Test
    void aMemberNeedsAnIdOrAUsernameAndNamedTeams() {
        assertThrows(IllegalArgumentException.class, () -> new StaffMember(0, "", Set.of("Maths")));
        assertThrows(IllegalArgumentException.class, () -> new StaffMember(0, "tom", Set.of(" ")));
    }

    private static List<String> usernames(List<StaffMember> members) {
        return members.stream().map(StaffMember::username).toList();
    }
}
