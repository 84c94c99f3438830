package org.staffroomwarden.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.FindingType;

class SettingsLoaderTest {

    private static Settings load(String hocon) {
        return SettingsLoader.fromConfig(ConfigFactory.parseString(hocon));
    }

    @Test
    void defaultsComeFromReferenceConf() {
        Settings settings = load("");
        assertEquals(0, settings.scan().threads());
        assertEquals(0.5, settings.scan().thresholds().get(Category.PERSONAL_DATA));
        assertTrue(settings.school().publicEmailDomains().isEmpty());
        assertEquals(java.time.Duration.ofDays(3), settings.discord().catchUp());
        assertEquals(5, settings.alerts().burst());
        assertEquals(0, load("warden.alerts.burst = 0").alerts().burst(), "0 turns burst posts off");
    }

    @Test
    void catchUpMayBeTurnedOffButNotNegative() {
        assertEquals(java.time.Duration.ZERO, load("warden.discord.catch-up = 0s").discord().catchUp());
        SettingsException e = assertThrows(SettingsException.class, () -> load("warden.discord.catch-up = -1h"));
        assertEquals("config error: warden.discord.catch-up must not be negative, e.g. \"3d\", or \"0s\" to read"
                + " back nothing", e.getMessage());
    }

    @Test
    void deploymentValuesOverrideDefaults() {
        Settings settings = load("""
                warden.school.public-email-domains = ["Oakfield-Primary.example.org"]
                warden.scan.thresholds.BANTER = 0.8
                warden.scan.type-thresholds { ADDRESS = 0.9 }
                """);
        assertEquals("oakfield-primary.example.org", settings.school().publicEmailDomains().get(0));
        assertEquals(0.8, settings.scan().thresholds().get(Category.BANTER));
        assertEquals(0.9, settings.scan().typeThresholds().get(FindingType.ADDRESS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "warden.scan.thredas = 2|unknown key warden.scan.thredas",
        "warden.scan.threads = -1|warden.scan.threads must be a whole number from 0 to 1024",
        "warden.scan.threads = lots|warden.scan.threads",
        "warden.alerts.burst = -1|warden.alerts.burst must be a whole number, 0 or more",
        "warden.alerts.burst = many|warden.alerts.burst",
        "warden.scan.thresholds.BANTER = 1.5|warden.scan.thresholds.BANTER must be a number from 0 to 1",
        "warden.scan.thresholds.GOSSIP = 0.5|unknown key warden.scan.thresholds.GOSSIP",
        "warden.scan.type-thresholds.PHONES = 0.5|unknown key warden.scan.type-thresholds.PHONES",
        "warden.school.public-email-domains = [\"not a domain\"]|warden.school.public-email-domains",
        "warden.school.public-phone-numbers = [\"the office\"]|warden.school.public-phone-numbers",
        "warden.school.public-email-addresses = [\"office\"]|warden.school.public-email-addresses",
    })
    void aMistakeFailsWithOneLineNamingTheKey(String hocon, String expected) {
        SettingsException e = assertThrows(SettingsException.class, () -> load(hocon));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMissingFileGivenOnTheCommandLineIsAnError(@TempDir Path dir) {
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsLoader.load(Optional.of(dir.resolve("nope.conf"))));
        assertTrue(e.getMessage().contains("config file not found"));
    }

    @Test
    void aBrokenFileNamesItself(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.conf");
        Files.writeString(file, "warden { scan { threads = 2 ");
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(Optional.of(file)));
        assertTrue(e.getMessage().contains("bad.conf"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void theTokenNeverPrints() {
        DiscordSettings discord = DiscordSettings.single("secret-token-value", 0, 0);
        assertTrue(discord.hasToken());
        assertFalse(discord.toString().contains("secret-token-value"));
    }

    @Test
    void theShippedDeploymentFileIsValid() {
        Settings settings = SettingsLoader.load(Optional.of(Path.of("..", "config", "application.conf")));
        assertEquals("oakfield-primary.example.org", settings.school().publicEmailDomains().get(0));
    }

    @Test
    void discordIdsAreReadAsStringsOrNumbers() {
        Settings settings = SettingsLoader.fromConfig(ConfigFactory.parseString(
                "warden.discord { home-guild = \"1187452031557910528\", slt-channel = 1187452031557910529 }"));
        assertEquals(1187452031557910528L, settings.discord().homeGuildId());
        assertEquals(1187452031557910529L, settings.discord().schools().get(0).sltChannelId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"#slt\"", "\"12345\"", "-1187452031557910528", "\"118745203155791052x\""})
    void aBadChannelIdSaysHowToCopyOne(String value) {
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.fromConfig(
                ConfigFactory.parseString("warden.discord.slt-channel = " + value)));
        assertTrue(e.getMessage().contains("warden.discord.slt-channel"), e.getMessage());
        assertTrue(e.getMessage().contains("Copy ID"), e.getMessage());
    }

    @Test
    void retriesMustBePositiveAndOrdered() {
        SettingsException zero = assertThrows(SettingsException.class, () -> SettingsLoader.fromConfig(
                ConfigFactory.parseString("warden.alerts.first-retry = 0s")));
        assertTrue(zero.getMessage().contains("warden.alerts.first-retry"), zero.getMessage());
        SettingsException order = assertThrows(SettingsException.class, () -> SettingsLoader.fromConfig(
                ConfigFactory.parseString("warden.alerts { first-retry = 2m, max-retry = 1m }")));
        assertTrue(order.getMessage().contains("max-retry"), order.getMessage());
    }

    @Test
    void aTrustListsFurtherSchoolsEachWithItsGroups() {
        Settings settings = SettingsLoader.fromConfig(ConfigFactory.parseString(
                "warden.school.name = Oakfield\nwarden.discord.home-guild = \"1187452031557910528\"\n"
                        + "warden.trust.schools = [{ name = Riverside, home-guild = \"1187452031557910600\","
                        + " groups = [\"1187452031557910700\"] }]"));
        assertEquals(2, settings.discord().schools().size());
        assertEquals("Oakfield", settings.discord().schools().get(0).name());
        assertEquals(java.util.List.of(1187452031557910700L), settings.discord().schools().get(1).groupIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "warden.trust.schools = [{ name = R, home-guild = \"1187452031557910600\", colour = red }]",
        "warden.trust.schools = [{ name = R }]",
        "warden.review.nudge = [GOSSIP]",
        "warden.review.nudge = [ADMINS_SHARED]",
        "warden.governance.attested-share = 2",
        "warden.governance.grace = -1d",
        "warden.review.digest.day = Mondays",
        "warden.review.digest.time = \"8am\"",
        "warden.review.digest.zone = \"Europe/Londres\"",
        "warden.review.digest.enabled = sometimes",
        "warden.store.retention = 1h"})
    void trustReviewAndGovernanceMistakesAreOneLine(String config) {
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.fromConfig(
                ConfigFactory.parseString("warden.discord.home-guild = \"1187452031557910528\"\n" + config)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("config error"), e.getMessage());
    }

    @Test
    void theDigestIsReadInTheSchoolsTime() {
        DigestSettings digest = SettingsLoader.fromConfig(ConfigFactory.parseString(
                "warden.review.digest { day = friday, time = \"15:30\" }")).review().digest();
        assertEquals(new DigestSettings(true, java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(15, 30),
                java.time.ZoneId.of("Europe/London")), digest);
    }
}
