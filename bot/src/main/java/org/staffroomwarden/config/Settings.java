package org.staffroomwarden.config;

/** Everything the program was configured with, checked. */
public record Settings(SchoolSettings school, ScanSettings scan, StoreSettings store, RosterSettings roster,
        DiscordSettings discord, AlertSettings alerts, GovernanceSettings governance, ReviewSettings review) {

    /** The same settings with another data folder, as --data gives. */
    public Settings withDataDir(java.nio.file.Path dataDir) {
        return new Settings(school, scan, new StoreSettings(dataDir, store.poolSize(), store.retention()), roster, discord, alerts, governance, review);
    }

    public Settings withRoster(RosterSettings newRoster) {
        return new Settings(school, scan, store, newRoster, discord, alerts, governance, review);
    }

    public Settings withDiscord(DiscordSettings newDiscord) {
        return new Settings(school, scan, store, roster, newDiscord, alerts, governance, review);
    }

    public Settings withGovernance(GovernanceSettings newGovernance) {
        return new Settings(school, scan, store, roster, discord, alerts, newGovernance, review);
    }

    /** The same settings with no weekly digest: for runs whose output must not depend on the day. */
    public Settings withoutDigest() {
        DigestSettings d = review.digest();
        return new Settings(school, scan, store, roster, discord, alerts, governance, new ReviewSettings(review.nudge(),
                new DigestSettings(false, d.day(), d.time(), d.zone())));
    }

    public Settings withAlerts(AlertSettings newAlerts) {
        return new Settings(school, scan, store, roster, discord, newAlerts, governance, review);
    }
}
