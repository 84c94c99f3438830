package org.staffroomwarden.config;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.staffroomwarden.policy.Concern;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.FindingType;

/**
 * Reads settings the way Typesafe Config's authors recommend: defaults from the jar's
 * reference.conf, the deployment's file over them, system properties over that, then checks every
 * value. The deployment file is the one given, or else config/application.conf when it exists.
 */
public final class SettingsLoader {

    /** Where a deployment keeps its settings, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "application.conf");

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private SettingsLoader() {
    }

    /** Settings from the given file, or from config/application.conf, or from defaults alone. */
    public static Settings load(Optional<Path> file) {
        Path path = file.orElse(DEFAULT_FILE);
        if (file.isPresent() && !Files.isRegularFile(path)) {
            throw new SettingsException("config file not found: " + path + " (give the path of a HOCON file)");
        }
        Config deployment = Files.isRegularFile(path)
                ? parse(path)
                : ConfigFactory.empty();
        return fromConfig(deployment);
    }

    /** Settings from a deployment's config, layered over the reference defaults. */
    public static Settings fromConfig(Config deployment) {
        try {
            Config reference = ConfigFactory.defaultReference();
            rejectUnknownKeys(deployment, reference);
            Config config = ConfigFactory.defaultOverrides().withFallback(deployment).withFallback(reference).resolve();
            config.checkValid(reference, "warden");
            return new Settings(school(config), scan(config), store(config), roster(config), discord(config),
                    alerts(config), governance(config), review(config));
        } catch (ConfigException e) {
            throw new SettingsException("config error: " + oneLine(e.getMessage()), e);
        }
    }

    private static Config parse(Path path) {
        try {
            return ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (ConfigException e) {
            throw new SettingsException("config error in " + path + ": " + oneLine(e.getMessage()), e);
        }
    }

    private static void rejectUnknownKeys(Config deployment, Config reference) {
        for (Map.Entry<String, ConfigValue> entry : deployment.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith("warden.")) {
                continue;
            }
            boolean free = key.startsWith("warden.scan.type-thresholds.") || key.startsWith("warden.scan.thresholds.");
            if (!free && !reference.hasPathOrNull(key)) {
                throw new SettingsException("config error: unknown key " + key
                        + " (every key is listed, with its meaning, in reference.conf)");
            }
        }
    }

    private static SchoolSettings school(Config config) {
        List<String> domains = config.getStringList("warden.school.public-email-domains").stream()
                .map(d -> d.trim().toLowerCase(Locale.ROOT)).toList();
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw new SettingsException("config error: warden.school.public-email-domains: '" + domain
                        + "' is not a domain name (e.g. \"oakfield-primary.example.org\")");
            }
        }
        List<String> addresses = config.getStringList("warden.school.public-email-addresses");
        for (String address : addresses) {
            int at = address.indexOf('@');
            if (at <= 0 || !DOMAIN.matcher(address.substring(at + 1).toLowerCase(Locale.ROOT)).matches()) {
                throw new SettingsException("config error: warden.school.public-email-addresses: '" + address
                        + "' is not an e-mail address");
            }
        }
        List<String> phones = config.getStringList("warden.school.public-phone-numbers");
        for (String phone : phones) {
            try {
                PhoneNumberUtil.getInstance().parse(phone, "GB");
            } catch (NumberParseException e) {
                throw new SettingsException("config error: warden.school.public-phone-numbers: '" + phone
                        + "' is not a phone number (e.g. \"01632 960000\" or \"+44 1632 960000\")");
            }
        }
        return new SchoolSettings(domains, addresses, phones);
    }

    private static ScanSettings scan(Config config) {
        int threads = config.getInt("warden.scan.threads");
        if (threads < 0 || threads > 1024) {
            throw new SettingsException("config error: warden.scan.threads must be a whole number from 0 to 1024 (got "
                    + threads + "); 0 means one per core");
        }
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        Config t = config.getConfig("warden.scan.thresholds");
        for (String key : t.root().keySet()) {
            Category category = enumKey(Category.class, "warden.scan.thresholds", key);
            thresholds.put(category, probability(t, key, "warden.scan.thresholds." + key));
        }
        for (Category category : Category.values()) {
            if (!thresholds.containsKey(category)) {
                throw new SettingsException("config error: warden.scan.thresholds." + category + " is missing");
            }
        }
        Map<FindingType, Double> overrides = new EnumMap<>(FindingType.class);
        Config o = config.getConfig("warden.scan.type-thresholds");
        for (String key : o.root().keySet()) {
            FindingType type = enumKey(FindingType.class, "warden.scan.type-thresholds", key);
            overrides.put(type, probability(o, key, "warden.scan.type-thresholds." + key));
        }
        return new ScanSettings(threads, thresholds, overrides);
    }

    private static StoreSettings store(Config config) {
        int pool = config.getInt("warden.store.pool-size");
        if (pool < 1 || pool > 64) {
            throw new SettingsException("config error: warden.store.pool-size must be a whole number from 1 to 64 (got "
                    + pool + ")");
        }
        String dir = config.getString("warden.store.data-dir");
        if (dir.isBlank()) {
            throw new SettingsException("config error: warden.store.data-dir must name a folder");
        }
        java.time.Duration retention = config.getDuration("warden.store.retention");
        if (retention.compareTo(java.time.Duration.ofDays(1)) < 0) {
            throw new SettingsException("config error: warden.store.retention must be at least a day, e.g. \"365d\"");
        }
        return new StoreSettings(Path.of(dir), pool, retention);
    }

    private static RosterSettings roster(Config config) {
        String key = config.getString("warden.roster.key");
        if (!key.isEmpty() && key.length() < org.staffroomwarden.scan.roster.NameHasher.MIN_KEY_LENGTH) {
            throw new SettingsException("config error: warden.roster.key (WARDEN_ROSTER_KEY) must be at least "
                    + org.staffroomwarden.scan.roster.NameHasher.MIN_KEY_LENGTH + " characters");
        }
        return new RosterSettings(key);
    }

    private static DiscordSettings discord(Config config) {
        List<SchoolConfig> schools = new ArrayList<>();
        schools.add(school(config.getConfig("warden.discord"), "warden.discord",
                config.getString("warden.school.name"), List.of()));
        List<? extends Config> trust = config.getConfigList("warden.trust.schools");
        for (int i = 0; i < trust.size(); i++) {
            String path = "warden.trust.schools[" + i + "]";
            Config entry = trust.get(i);
            for (String key : entry.root().keySet()) {
                if (!TRUST_KEYS.contains(key)) {
                    throw new SettingsException("config error: unknown key " + key + " in " + path + " (allowed: "
                            + String.join(", ", TRUST_KEYS) + ")");
                }
            }
            if (!entry.hasPath("name") || !entry.hasPath("home-guild")) {
                throw new SettingsException("config error: " + path + " needs a name and a home-guild");
            }
            List<Long> groups = new ArrayList<>();
            if (entry.hasPath("groups")) {
                for (Object group : entry.getList("groups").unwrapped()) {
                    groups.add(snowflake(String.valueOf(group), path + ".groups", "server"));
                }
            }
            schools.add(school(entry.withFallback(TRUST_DEFAULTS), path, entry.getString("name"), groups));
        }
        java.util.Set<Long> homes = new java.util.HashSet<>();
        java.util.Set<Long> claimed = new java.util.HashSet<>();
        for (SchoolConfig school : schools) {
            if (school.homeGuildId() != 0 && !homes.add(school.homeGuildId())) {
                throw new SettingsException("config error: two schools have the home server " + school.homeGuildId()
                        + "; each school needs its own");
            }
            for (long group : school.groupIds()) {
                if (!claimed.add(group)) {
                    throw new SettingsException("config error: group " + group + " is listed under two schools in"
                            + " warden.trust.schools; a group belongs to one school");
                }
            }
        }
        if (schools.size() > 1 && schools.get(0).homeGuildId() == 0) {
            throw new SettingsException("config error: warden.discord.home-guild must be set when"
                    + " warden.trust.schools lists more schools");
        }
        Duration catchUp = config.getDuration("warden.discord.catch-up");
        if (catchUp.isNegative()) {
            throw new SettingsException("config error: warden.discord.catch-up must not be negative, e.g. \"3d\", or"
                    + " \"0s\" to read back nothing");
        }
        return new DiscordSettings(config.getString("warden.discord.token"), schools, catchUp);
    }

    private static final List<String> TRUST_KEYS = List.of("name", "home-guild", "slt-channel", "slt-role",
            "headteacher", "groups");
    private static final Config TRUST_DEFAULTS = ConfigFactory.parseMap(Map.of("slt-channel", "", "slt-role", "",
            "headteacher", ""));

    private static SchoolConfig school(Config section, String path, String name, List<Long> groups) {
        return new SchoolConfig(name.isBlank() ? "School" : name.strip(),
                snowflake(section, "home-guild", path, "server"),
                snowflake(section, "slt-channel", path, "channel"),
                snowflake(section, "slt-role", path, "role"),
                snowflake(section, "headteacher", path, "user"), groups);
    }

    private static long snowflake(Config section, String key, String path, String what) {
        return snowflake(section.getValue(key).unwrapped().toString(), path + "." + key, what);
    }

    /** A Discord id, given as a string or a number; empty means not set (0). */
    private static long snowflake(String raw, String path, String what) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            long id = Long.parseUnsignedLong(value);
            if (id > 0 && value.length() >= 15) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException("config error: " + path + " must be a Discord " + what + " id, 17 to 20 digits (got '"
                + value + "'); in Discord turn on Developer Mode, then right-click the " + what + " and Copy ID");
    }

    private static AlertSettings alerts(Config config) {
        Duration first = positive(config, "warden.alerts.first-retry");
        Duration max = positive(config, "warden.alerts.max-retry");
        if (max.compareTo(first) < 0) {
            throw new SettingsException("config error: warden.alerts.max-retry (" + max.toSeconds()
                    + " s) must not be shorter than warden.alerts.first-retry (" + first.toSeconds() + " s)");
        }
        int burst = config.getInt("warden.alerts.burst");
        if (burst < 0) {
            throw new SettingsException("config error: warden.alerts.burst must be a whole number, 0 or more (got "
                    + burst + "); 0 turns burst posts off");
        }
        return new AlertSettings(config.getBoolean("warden.alerts.media"), first, max, burst);
    }

    private static GovernanceSettings governance(Config config) {
        Duration grace = config.getDuration("warden.governance.grace");
        if (grace.isNegative()) {
            throw new SettingsException("config error: warden.governance.grace must not be negative, e.g. \"7d\" or \"0s\"");
        }
        double share = probability(config.getConfig("warden.governance"), "attested-share",
                "warden.governance.attested-share");
        return new GovernanceSettings(grace, share, positive(config, "warden.governance.recheck"));
    }

    private static ReviewSettings review(Config config) {
        java.util.Set<Concern> nudge = java.util.EnumSet.noneOf(Concern.class);
        for (String name : config.getStringList("warden.review.nudge")) {
            Concern concern = java.util.Arrays.stream(Concern.values()).filter(c -> c.name().equals(name.strip()))
                    .findFirst().orElseThrow(() -> new SettingsException("config error: warden.review.nudge: '" + name
                            + "' is not a concern (allowed: " + String.join(", ", java.util.Arrays.stream(
                                    Concern.values()).filter(Concern::aboutMessages).map(Enum::name).toList()) + ")"));
            if (!concern.aboutMessages()) {
                throw new SettingsException("config error: warden.review.nudge: " + name
                        + " is about a group, not a message; name message concerns such as PERSONAL_DATA");
            }
            nudge.add(concern);
        }
        return new ReviewSettings(nudge, digest(config));
    }

    private static DigestSettings digest(Config config) {
        String path = "warden.review.digest";
        String day = config.getString(path + ".day").strip().toUpperCase(java.util.Locale.ROOT);
        java.time.DayOfWeek weekday = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .filter(d -> d.name().equals(day)).findFirst().orElseThrow(() -> new SettingsException("config error: "
                        + path + ".day must be a day of the week such as MONDAY (got '" + day + "')"));
        java.time.LocalTime time;
        try {
            time = java.time.LocalTime.parse(config.getString(path + ".time").strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingsException("config error: " + path + ".time must be a 24-hour time such as \"08:00\" (got '"
                    + config.getString(path + ".time") + "')");
        }
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(config.getString(path + ".zone").strip());
        } catch (java.time.DateTimeException e) {
            throw new SettingsException("config error: " + path + ".zone must be a time zone such as \"Europe/London\""
                    + " (got '" + config.getString(path + ".zone") + "')");
        }
        return new DigestSettings(config.getBoolean(path + ".enabled"), weekday, time, zone);
    }

    private static Duration positive(Config config, String path) {
        Duration value = config.getDuration(path);
        if (value.isNegative() || value.isZero()) {
            throw new SettingsException("config error: " + path + " must be a positive duration, e.g. \"2s\" or \"1m\"");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumKey(Class<E> type, String section, String key) {
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("config error: unknown key " + section + "." + key + " (allowed: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }

    private static double probability(Config section, String key, String path) {
        double value;
        try {
            value = section.getDouble(key);
        } catch (ConfigException.WrongType e) {
            throw new SettingsException("config error: " + path + " must be a number from 0 to 1");
        }
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new SettingsException("config error: " + path + " must be a number from 0 to 1 (got " + value + ")");
        }
        return value;
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable configuration" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
