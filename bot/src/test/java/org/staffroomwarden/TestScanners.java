package org.staffroomwarden;

import com.typesafe.config.ConfigFactory;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.scan.Scanner;

/** The scanner as a deployment with the school's public contacts configured would build it. */
public final class TestScanners {

    public static final String SCHOOL = """
            warden.school.public-email-domains = ["oakfield-primary.example.org"]
            warden.school.public-phone-numbers = ["01632 960000"]
            """;

    private static final Scanner SCANNER = Wiring.scanner(settings());

    private TestScanners() {
    }

    public static Settings settings() {
        return SettingsLoader.fromConfig(ConfigFactory.parseString(SCHOOL));
    }

    public static Scanner scanner() {
        return SCANNER;
    }
}
