package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last-alive time in a real H2 file, across a reopening. */
class LastAliveStoreTest {

    @TempDir
    Path dir;

    @Test
    void emptyAtFirstThenTheLatestTimeWrittenKeptAcrossRestarts() {
        Instant first = Instant.parse("2026-03-06T16:30:00.123Z");
        Instant later = Instant.parse("2026-03-06T16:31:00.456Z");
        try (Database database = Database.openEmbedded(dir, 2)) {
            LastAliveStore store = new LastAliveStore(database);
            assertEquals(Optional.empty(), store.lastAlive());
            store.alive(first);
            store.alive(later);
        }
        try (Database database = Database.openEmbedded(dir, 2)) {
            assertEquals(Optional.of(later), new LastAliveStore(database).lastAlive());
        }
    }
}
