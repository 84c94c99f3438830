package org.staffroomwarden.config;

/** Everything the program was configured with, checked. */
public record Settings(SchoolSettings school, ScanSettings scan, StoreSettings store, RosterSettings roster,
        DiscordSettings discord) {

    /** The same settings with another data folder, as --data gives. */
    public Settings withDataDir(java.nio.file.Path dataDir) {
        return new Settings(school, scan, new StoreSettings(dataDir, store.poolSize()), roster, discord);
    }
}
