package org.staffroomwarden;

import java.util.List;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.scan.Normaliser;
import org.staffroomwarden.scan.Redactor;
import org.staffroomwarden.scan.Scanner;
import org.staffroomwarden.scan.Thresholds;
import org.staffroomwarden.scan.credential.CredentialDetector;
import org.staffroomwarden.scan.lexicon.Lexicon;
import org.staffroomwarden.scan.lexicon.LexiconDetector;
import org.staffroomwarden.scan.pii.AddressDetector;
import org.staffroomwarden.scan.pii.DateOfBirthDetector;
import org.staffroomwarden.scan.pii.EmailDetector;
import org.staffroomwarden.scan.pii.FinancialDetector;
import org.staffroomwarden.scan.pii.IdentifierDetector;
import org.staffroomwarden.scan.pii.PhoneDetector;
import org.staffroomwarden.scan.pii.PostcodeDetector;

/** The one place where the program's parts are made and joined, with {@code new}. */
public final class Wiring {

    private Wiring() {
    }

    public static Scanner scanner(Settings settings) {
        var school = settings.school();
        var scan = settings.scan();
        return new Scanner(
                new Normaliser(),
                List.of(
                        new PhoneDetector(school.publicPhoneNumbers()),
                        new EmailDetector(school.publicEmailDomains(), school.publicEmailAddresses()),
                        new PostcodeDetector(),
                        new AddressDetector(),
                        new DateOfBirthDetector(),
                        new IdentifierDetector(),
                        new FinancialDetector(),
                        new CredentialDetector(),
                        new LexiconDetector(Lexicon.bundled())),
                new Thresholds(scan.thresholds(), scan.typeThresholds()),
                new Redactor());
    }
}
