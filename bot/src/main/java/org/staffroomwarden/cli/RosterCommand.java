package org.staffroomwarden.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.staffroomwarden.config.SettingsException;
import org.staffroomwarden.roster.RosterCsv;
import org.staffroomwarden.roster.RosterImport;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.store.RosterStore;

/**
 * {@code roster import FILE.csv [--data DIR]}: replaces the stored roster with the file's pupils,
 * as keyed hashes, and prints how many rows were taken and why any were refused. A file with no
 * usable row leaves the stored roster as it was.
 */
public final class RosterCommand {

    private final RosterCsv csv;
    private final RosterStore store;

    public RosterCommand(RosterCsv csv, RosterStore store) {
        this.csv = csv;
        this.store = store;
    }

    /** Checks for a key before anything is opened, so the mistake is named first. */
    public static NameHasher hasher(org.staffroomwarden.config.RosterSettings settings) {
        if (!settings.hasKey()) {
            throw new SettingsException("no roster key: set WARDEN_ROSTER_KEY to a secret of at least "
                    + NameHasher.MIN_KEY_LENGTH + " characters, kept the same across restarts");
        }
        return new NameHasher(settings.key());
    }

    /** @return the exit code: 0 when the roster was replaced, 1 when no row could be used */
    public int importFile(Path file, PrintStream out) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        RosterImport result = csv.read(bytes);
        if (result.accepted() == 0) {
            out.println("roster not changed: " + result.summary());
            return 1;
        }
        store.replace(result.index(), result.accepted(), result.rejected().size());
        out.println(result.summary());
        return 0;
    }
}
