package org.staffroomwarden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.staffroomwarden.config.ScanSettings;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Detector;
import org.staffroomwarden.scan.Normaliser;
import org.staffroomwarden.scan.Redactor;
import org.staffroomwarden.scan.Scanner;
import org.staffroomwarden.scan.Thresholds;
import org.staffroomwarden.scan.credential.CredentialDetector;
import org.staffroomwarden.scan.lexicon.Lexicon;
import org.staffroomwarden.scan.lexicon.LexiconDetector;
import org.staffroomwarden.scan.nlp.ModelDetector;
import org.staffroomwarden.scan.nlp.ModelSet;
import org.staffroomwarden.scan.pii.AddressDetector;
import org.staffroomwarden.scan.pii.DateOfBirthDetector;
import org.staffroomwarden.scan.pii.EmailDetector;
import org.staffroomwarden.scan.pii.FinancialDetector;
import org.staffroomwarden.scan.pii.IdentifierDetector;
import org.staffroomwarden.scan.pii.PhoneDetector;
import org.staffroomwarden.scan.pii.PostcodeDetector;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.scan.roster.RosterDetector;
import org.staffroomwarden.scan.roster.RosterIndex;
import org.staffroomwarden.store.Database;
import org.staffroomwarden.store.RosterStore;

/** The one place where the program's parts are made and joined, with {@code new}. */
public final class Wiring {

    private Wiring() {
    }

    /** The models load once, when a scanner first needs them, and every scanner shares them. */
    private static final class Models {
        static final ModelSet BUNDLED = ModelSet.bundled();
    }

    public static Scanner scanner(Settings settings) {
        return scanner(settings, RosterIndex.EMPTY);
    }

    public static Scanner scanner(Settings settings, RosterIndex roster) {
        return scanner(settings, roster, true);
    }

    /** The rule-based stage alone (no models), as the foundation's figures are measured. */
    public static Scanner ruleScanner(Settings settings) {
        return scanner(settings, RosterIndex.EMPTY, false);
    }

    private static Scanner scanner(Settings settings, RosterIndex roster, boolean models) {
        var school = settings.school();
        var scan = settings.scan();
        List<Detector> detectors = new ArrayList<>(List.of(
                        new PhoneDetector(school.publicPhoneNumbers()),
                        new EmailDetector(school.publicEmailDomains(), school.publicEmailAddresses()),
                        new PostcodeDetector(),
                        new AddressDetector(),
                        new DateOfBirthDetector(),
                        new IdentifierDetector(),
                        new FinancialDetector(),
                        new CredentialDetector(),
                        new LexiconDetector(Lexicon.bundled())));
        if (models) {
            detectors.add(new ModelDetector(Models.BUNDLED));
        }
        if (!roster.isEmpty() && settings.roster().hasKey()) {
            detectors.add(new RosterDetector(new NameHasher(settings.roster().key()), roster));
        }
        return new Scanner(new Normaliser(), detectors, new Thresholds(scan.thresholds(), scan.typeThresholds()),
                new Redactor());
    }

    /** The same settings with every threshold at zero, for sweeping thresholds in evaluation. */
    public static Settings unthresholded(Settings settings) {
        var scan = settings.scan();
        java.util.Map<Category, Double> zero = new java.util.EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            zero.put(c, 0.0);
        }
        return new Settings(settings.school(), new ScanSettings(scan.threads(), zero, java.util.Map.of()),
                settings.store(), settings.roster(), settings.discord());
    }

    /** The stored roster, when there is a key and a database to read it from; else none. */
    public static RosterIndex storedRoster(Settings settings) {
        Path dir = settings.store().dataDir();
        if (!settings.roster().hasKey() || !Files.exists(dir.resolve("warden.mv.db"))) {
            return RosterIndex.EMPTY;
        }
        try (Database database = database(settings)) {
            return new RosterStore(database).load();
        }
    }

    public static Database database(Settings settings) {
        return Database.openEmbedded(settings.store().dataDir(), settings.store().poolSize());
    }
}
