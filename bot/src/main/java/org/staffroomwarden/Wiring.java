package org.staffroomwarden;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.staffroomwarden.access.RoleResolver;
import org.staffroomwarden.command.Commands;
import org.staffroomwarden.command.ComplianceReport;
import org.staffroomwarden.config.DigestSettings;
import org.staffroomwarden.digest.SchoolActivity;
import org.staffroomwarden.digest.WeeklyDigests;
import org.staffroomwarden.store.DigestStore;
import org.staffroomwarden.store.Retention;
import org.staffroomwarden.command.GroupCommands;
import org.staffroomwarden.command.Imports;
import org.staffroomwarden.command.IncidentViews;
import org.staffroomwarden.command.PolicyTexts;
import org.staffroomwarden.command.ReviewButtons;
import org.staffroomwarden.command.RosterImporter;
import org.staffroomwarden.command.SetupCommands;
import org.staffroomwarden.discord.JdaView;
import org.staffroomwarden.governance.GovernanceChecks;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.review.ReviewService;
import org.staffroomwarden.roster.RosterCsv;
import org.staffroomwarden.roster.RosterImport;
import org.staffroomwarden.school.Schools;
import org.staffroomwarden.store.GovernanceStore;
import org.staffroomwarden.store.ReviewStore;
import org.staffroomwarden.store.SchoolStore;
import org.staffroomwarden.store.StaffStore;
import org.staffroomwarden.alert.AlertOutbox;
import org.staffroomwarden.alert.BurstPlanner;
import org.staffroomwarden.alert.Doorbell;
import org.staffroomwarden.config.DiscordSettings;
import org.staffroomwarden.config.SettingsException;
import org.staffroomwarden.discord.BotParts;
import org.staffroomwarden.discord.DiscordEndpoint;
import org.staffroomwarden.discord.WardenBot;
import org.staffroomwarden.monitor.CatchUp;
import org.staffroomwarden.monitor.GroupNotice;
import org.staffroomwarden.monitor.Heartbeat;
import org.staffroomwarden.monitor.MessageMonitor;
import org.staffroomwarden.monitor.MessageQueue;
import org.staffroomwarden.policy.MessagePolicy;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.store.GroupStore;
import org.staffroomwarden.store.IncidentStore;
import org.staffroomwarden.store.LastAliveStore;
import org.staffroomwarden.store.OutboxStore;
import org.staffroomwarden.config.Settings;
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
import org.staffroomwarden.store.StoreException;

/** The one place where the program's parts are made and joined, with {@code new}. */
public final class Wiring {

    private Wiring() {
    }

    /** The models load once, when a scanner first needs them, and every scanner shares them. */
    private static final class Models {
        static final ModelSet BUNDLED = ModelSet.bundled();
    }

    /** The shared models, loading them on first use. */
    public static ModelSet models() {
        return Models.BUNDLED;
    }

    public static Scanner scanner(Settings settings) {
        return scanner(settings, RosterIndex.EMPTY);
    }

    public static Scanner scanner(Settings settings, RosterIndex roster) {
        return scanner(settings, () -> roster, !roster.isEmpty(), true);
    }

    /** The rule-based stage alone (no models), as the foundation's figures are measured. */
    public static Scanner ruleScanner(Settings settings) {
        return scanner(settings, () -> RosterIndex.EMPTY, false, false);
    }

    private static Scanner scanner(Settings settings, Supplier<RosterIndex> roster, boolean useRoster,
            boolean models) {
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
            detectors.add(new ModelDetector(models()));
        }
        if (useRoster && settings.roster().hasKey()) {
            detectors.add(new RosterDetector(new NameHasher(settings.roster().key()), roster));
        }
        return new Scanner(new Normaliser(), detectors, new Thresholds(scan.thresholds(), scan.typeThresholds()),
                new Redactor());
    }

    /** The stored roster, when there is a key and a database to read it from; else none. */
    public static RosterIndex storedRoster(Settings settings) {
        Path dir = settings.store().dataDir();
        if (!settings.roster().hasKey() || !Database.existsIn(dir)) {
            return RosterIndex.EMPTY;
        }
        try (Database database = database(settings)) {
            return new RosterStore(database).load();
        }
    }

    /**
     * The bot, connected to Discord (or a simulated one) and delivering alerts. Needs a token and
     * the first school's home server in the settings.
     */
    public static RunningBot bot(Settings settings, DiscordEndpoint endpoint, Clock clock) {
        DiscordSettings discord = settings.discord();
        if (!discord.hasToken()) {
            throw new SettingsException("no Discord token: set the DISCORD_TOKEN environment variable");
        }
        if (discord.homeGuildId() == 0) {
            throw new SettingsException("config error: warden.discord.home-guild is not set: give the id of the"
                    + " server where SLT work (in Discord turn on Developer Mode, right-click the server, Copy ID)");
        }
        Database database = database(settings);
        MessageQueue messages = null;
        try {
            AtomicReference<RosterIndex> roster = new AtomicReference<>(
                    settings.roster().hasKey() ? new RosterStore(database).load() : RosterIndex.EMPTY);
            Scanner scanner = scanner(settings, roster::get, true, true);
            PolicyBook policies = PolicyBook.bundled();
            Doorbell doorbell = new Doorbell();
            Schools schools = new Schools(discord.schools(), new SchoolStore(database, clock));
            JdaView view = new JdaView();
            MessageMonitor monitor = new MessageMonitor(scanner,
                    new MessagePolicy(policies, settings.alerts().media()),
                    new IncidentStore(database, clock, settings.review().nudge()), doorbell::ring, schools::isSltChannel);
            // A locked or busy database is waited out, from 0.2 s up to a minute between tries; 10,000
            // held messages is a few megabytes, hours of a busy trust's chat.
            messages = new MessageQueue(monitor, e -> e instanceof StoreException s && s.passing(),
                    Duration.ofMillis(200), Duration.ofMinutes(1), 10_000);
            GroupNotice notice = new GroupNotice(new GroupStore(database, clock));
            StaffStore staff = new StaffStore(database);
            GovernanceStore governanceStore = new GovernanceStore(database, staff, clock);
            GovernanceMonitor governance = new GovernanceMonitor(new GovernanceChecks(settings.governance().grace(),
                    settings.governance().attestedShare()), governanceStore, schools, view, doorbell::ring, clock);
            ReviewStore reviews = new ReviewStore(database, policies, clock);
            ReviewService review = new ReviewService(reviews, view, text -> scanner.scan(text).redacted(),
                    doorbell::ring, clock);
            SchoolActivity activity = new SchoolActivity(schools, governanceStore, reviews);
            DigestSettings digest = settings.review().digest();
            WeeklyDigests digests = new WeeklyDigests(digest, schools, activity, governanceStore, reviews,
                    new DigestStore(database, clock), doorbell::ring, clock);
            Commands commands = new Commands(schools, new RoleResolver(view), new SetupCommands(schools, governance),
                    new ComplianceReport(activity, governanceStore, governance, reviews, clock, digest.zone()),
                    new IncidentViews(schools, reviews, activity),
                    new GroupCommands(governanceStore, governance, schools),
                    new Imports(rosterImporter(settings, database, roster), staff, governance),
                    new PolicyTexts(policies, settings.store().retention()), new ReviewButtons(schools, review));
            // What was missed is read before the last-alive time is next written.
            Heartbeat heartbeat = new Heartbeat(new LastAliveStore(database), clock);
            CatchUp catchUp = new CatchUp(heartbeat.missed(discord.catchUp()), messages::submit, heartbeat::caughtUp);
            WardenBot bot = WardenBot.connect(discord.token(), endpoint, new BotParts(messages, notice, doorbell,
                    schools, governance, commands, settings.governance().recheck(), digests::queueDue,
                    retention(database, settings, clock), catchUp, heartbeat), view);
            AlertOutbox outbox = new AlertOutbox(new OutboxStore(database, policies), bot.alertSender(),
                    new BurstPlanner(settings.alerts().burst()), doorbell, clock, settings.alerts().firstRetry(),
                    settings.alerts().maxRetry());
            outbox.start();
            return new RunningBot(database, bot, messages, outbox, heartbeat);
        } catch (RuntimeException e) {
            if (messages != null) {
                messages.close();
            }
            database.close();
            throw e;
        }
    }

    /** The roster import behind /roster import: stored as hashes, and used by the running scanner at once. */
    private static RosterImporter rosterImporter(Settings settings, Database database,
            AtomicReference<RosterIndex> live) {
        return file -> {
            if (!settings.roster().hasKey()) {
                return "The roster cannot be imported: whoever runs the bot must first set WARDEN_ROSTER_KEY (a secret"
                        + " of at least " + NameHasher.MIN_KEY_LENGTH + " characters) and restart it.";
            }
            RosterImport result = new RosterCsv(new NameHasher(settings.roster().key())).read(file);
            if (result.accepted() == 0) {
                return "Roster not changed: " + result.summary();
            }
            RosterStore store = new RosterStore(database);
            store.replace(result.index(), result.accepted(), result.rejected().size());
            live.set(result.index());
            return result.summary();
        };
    }

    /** Deletes what is past the retention period, and says how much, never what. */
    private static Runnable retention(Database database, Settings settings, Clock clock) {
        Retention retention = new Retention(database, settings.store().retention(), clock);
        return () -> {
            Retention.Purged purged = retention.purge();
            if (purged.incidents() + purged.digests() + purged.breaches() > 0) {
                org.slf4j.LoggerFactory.getLogger(Wiring.class).info("Retention ({} days): deleted {} incidents, {}"
                        + " weekly digests and {} fixed breaches", settings.store().retention().toDays(),
                        purged.incidents(), purged.digests(), purged.breaches());
            }
        };
    }

    public static Database database(Settings settings) {
        return Database.openEmbedded(settings.store().dataDir(), settings.store().poolSize());
    }
}
