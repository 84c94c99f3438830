package org.staffroomwarden.discord;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;

/**
 * {@code /roster import} through Discord: SLT attach a CSV, the reply counts rows and gives the
 * refused ones by line and reason, and the running bot finds the imported pupils at once, while
 * neither the reply nor the database ever holds a pupil's name. All names are made up.
 */
class RosterImportEndToEndTest {

    /** Every name in the file, the refused rows' too: none may be echoed or stored. */
    private static final List<String> NAMES = List.of("Zebedee", "Quillfeather", "Orla", "Fenwick", "Marsh", "Orly",
            "Nobodyson", "R2D2", "Droidson", "Wilhelmina");
    private static final String CSV = "First name,Surname,Preferred name,Year\n"
            + "Zebedee,Quillfeather,,4A\n"
            + "Orla,Fenwick-Marsh,Orly,4B\n"
            + ",Nobodyson,,4A\n"
            + "R2D2,Droidson,,4A\n"
            + "Wilhelmina,,,4B\n";
    /** A detail the models alone do not flag; beside a pupil of the roster it is personal data. */
    private static final String ABOUT_A_PUPIL = "Zebedee Quillfeather is seeing the school nurse";

    @TempDir
    Path data;
    private SimulatedSchool school;

    @AfterEach
    void stop() {
        if (school != null) {
            school.close();
        }
    }

    private SimulatedSchool start(String rosterKey) throws Exception {
        // The key is set either way, so that a WARDEN_ROSTER_KEY in the environment cannot change the test.
        school = new SimulatedSchool(data, "warden.roster.key = \"" + rosterKey + "\"\nwarden.review.nudge = []");
        school.discord.addMember(school.home, school.assistant, school.slt);
        return school.startBot();
    }

    private SimResponse importRoster() throws Exception {
        return school.command(school.home, school.sltChannel, school.assistant, "roster", "import",
                Map.of("file", school.discord.upload("pupils.csv", "text/csv", CSV.getBytes(UTF_8))));
    }

    private static void assertNoName(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            assertFalse(lower.contains(name.toLowerCase(Locale.ROOT)), where + " holds a pupil's name");
        }
    }

    @Test
    void sltImportTheRosterAndTheRunningBotFindsThePupilsWithoutStoringAName() throws Exception {
        start("fake-roster-key-for-tests-0123");
        // Before the import the message is not flagged: settle() sees only its own marker's alert.
        school.discord.post(school.general, school.teacher, ABOUT_A_PUPIL);
        school.settle();
        assertEquals(1, school.alerts().size(), "no alert about the pupil without a roster");

        SimResponse imported = importRoster();
        assertTrue(imported.ephemeral(), "told privately");
        assertEquals("2 pupils imported, 3 rows refused\n  line 4: first name is empty\n"
                + "  line 5: first name has digits in it\n  line 6: surname is empty", imported.content());
        assertNoName("the reply", imported.content());
        assertEquals(1, school.count("SELECT COUNT(*) FROM roster_import WHERE rows_accepted = 2 AND rows_rejected = 3"));

        // The live roster is swapped into the running scanner: no restart.
        school.discord.post(school.general, school.teacher, ABOUT_A_PUPIL);
        SimMessage alert = school.awaitAlerts(2).get(1);
        String card = alert.embeds().toString();
        assertTrue(alert.embeds().path(0).path("title").asText().contains("Personal data"), card);
        assertTrue(card.contains("PERSON_NAME") && card.contains("roster"), "found by the roster: " + card);
        assertNoName("the alert", card);
        assertEquals(1, school.count("SELECT COUNT(*) FROM incident WHERE concern = 'PERSONAL_DATA'"
                + " AND detectors LIKE '%ROSTER%'"));

        school.stopBot();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".mv.db")), "the H2 file: " + files);
        for (Path file : files) {
            // H2 writes ASCII text as single bytes; read as Latin-1 every byte is one character.
            assertNoName(file.getFileName().toString(), new String(Files.readAllBytes(file), ISO_8859_1));
        }
        assertTrue(school.count("SELECT COUNT(*) FROM roster_name") >= 4, "the names are stored, as hashes");
    }

    @Test
    void withoutARosterKeyTheImportSaysWhatToSetAndChangesNothing() throws Exception {
        start("");
        SimResponse refused = importRoster();
        assertTrue(refused.ephemeral(), "told privately");
        assertFalse(refused.content().contains("\n"), "one line: " + refused.content());
        assertTrue(refused.content().contains("WARDEN_ROSTER_KEY"), refused.content());
        assertNoName("the reply", refused.content());
        assertEquals(0, school.count("SELECT COUNT(*) FROM roster_import"));
        assertEquals(0, school.count("SELECT COUNT(*) FROM roster_name"));

        // Nothing was put to use either: the pupil's name beside the mild detail is still not flagged.
        school.discord.post(school.general, school.teacher, ABOUT_A_PUPIL);
        school.settle();
        assertEquals(1, school.alerts().size(), "only the marker's alert");
    }
}
