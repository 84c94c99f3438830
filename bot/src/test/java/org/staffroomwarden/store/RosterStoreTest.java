package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.roster.RosterCsv;
import org.staffroomwarden.roster.RosterImport;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.scan.roster.RosterIndex;

/** The roster in a real H2 file. */
class RosterStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesHashesThatReadBackAndNothingThatReadsAsAName() throws Exception {
        NameHasher hasher = new NameHasher("a-test-key-of-some-length");
        RosterImport imported = new RosterCsv(hasher).read("""
                first name,surname
                Bartholomew,Featherstonehaugh
                Ermintrude,Quigglesworth
                """.getBytes(StandardCharsets.UTF_8));
        try (Database database = Database.openEmbedded(dir, 2)) {
            new RosterStore(database).replace(imported.index(), imported.accepted(), 0);
        }
        try (Database database = Database.openEmbedded(dir, 2)) {
            RosterIndex loaded = new RosterStore(database).load();
            assertEquals(imported.index(), loaded);
            assertTrue(loaded.fullNames().contains(hasher.hash("Ermintrude Quigglesworth")));
        }
        String file = new String(Files.readAllBytes(dir.resolve("warden.mv.db")), StandardCharsets.ISO_8859_1).toLowerCase();
        for (String name : new String[] {"bartholomew", "featherstonehaugh", "ermintrude", "quigglesworth"}) {
            assertFalse(file.contains(name), name + " is readable in the database file");
        }
    }

    @Test
    void aNewImportReplacesTheOld() {
        try (Database database = Database.openEmbedded(dir, 2)) {
            RosterStore store = new RosterStore(database);
            store.replace(new RosterIndex(Set.of("a".repeat(64)), Set.of()), 1, 0);
            store.replace(new RosterIndex(Set.of("b".repeat(64)), Set.of("c".repeat(64))), 1, 0);
            assertEquals(new RosterIndex(Set.of("b".repeat(64)), Set.of("c".repeat(64))), store.load());
        }
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsNamedWithTheFix() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            // The holder prints one line once it has the database open.
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertEquals("open", ready);
            StoreException e = assertThrows(StoreException.class, () -> Database.openEmbedded(dir, 2).close());
            assertTrue(e.getMessage().contains("in use by another Warden process"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
