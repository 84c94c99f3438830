package org.staffroomwarden;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.staffroomwarden.cli.AlertLatencyBench;
import org.staffroomwarden.cli.Arguments;
import org.staffroomwarden.cli.BenchCommand;
import org.staffroomwarden.cli.EvaluateCommand;
import org.staffroomwarden.cli.ScanCommand;
import org.staffroomwarden.cli.ScanLine;
import org.staffroomwarden.cli.UsageException;
import org.staffroomwarden.config.RosterSettings;
import org.staffroomwarden.config.Settings;
import org.staffroomwarden.config.SettingsException;
import org.staffroomwarden.config.SettingsLoader;
import org.staffroomwarden.demo.DemoCommand;
import org.staffroomwarden.discord.DiscordEndpoint;
import org.staffroomwarden.discord.DiscordException;
import org.staffroomwarden.cli.RosterCommand;
import org.staffroomwarden.cli.TrainCommand;
import org.staffroomwarden.roster.RosterCsv;
import org.staffroomwarden.scan.Category;
import org.staffroomwarden.scan.Scanner;
import org.staffroomwarden.scan.roster.NameHasher;
import org.staffroomwarden.store.Database;
import org.staffroomwarden.store.RosterStore;
import org.staffroomwarden.store.StoreException;
import org.staffroomwarden.policy.PolicyBook;
import org.staffroomwarden.review.FalsePositive;
import org.staffroomwarden.review.FalsePositiveExport;
import org.staffroomwarden.store.ReviewStore;

/** The command line of spec/cli.md. Mistakes end in one line on standard error, never a stack trace. */
public final class Main {

    static final String USAGE = """
            usage: java -jar warden.jar [command] [--config FILE]
              run [--data DIR]    run the bot against Discord (the default; needs DISCORD_TOKEN)
              demo [--data DIR]   the bot against a simulated Discord with a scripted staff group
              scan [--threads N]  scan JSON lines from standard input (see spec/cli.md)
              evaluate FILE [--errors]  score the scanner on a labelled JSON-lines file
                [--choose-thresholds [--clean-cap 0.03]]  and choose the model thresholds on it
              bench [--threads N] print the scanner's throughput and latency
              bench-alerts        print the bot's alert latency through the simulated Discord
              train [--corpus FILE] [--out DIR]  rebuild the models from the labelled corpus
              roster import FILE.csv [--data DIR]  replace the pupil roster (needs WARDEN_ROSTER_KEY)
              false-positives [--data DIR] [--out FILE]  alerts SLT marked false positive, redacted, as JSON lines""";

    /** Every flag is an alert someone in SLT must read: at most 3% of clean messages. */
    private static final double DEFAULT_CLEAN_CAP = 0.03;

    /** How long Discord may take to deliver every group at start-up. */
    private static final java.time.Duration READY_TIMEOUT = java.time.Duration.ofMinutes(2);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        try {
            return dispatch(List.of(args), err);
        } catch (UsageException e) {
            err.println("warden: " + e.getMessage());
            err.println("run 'java -jar warden.jar help' for the commands");
            return 2;
        } catch (SettingsException | StoreException | DiscordException e) {
            err.println("warden: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("warden: interrupted");
            return 130;
        } catch (java.io.IOException e) {
            err.println("warden: input or output failed: " + e.getMessage());
            return 1;
        } catch (Exception | LinkageError e) {
            // A bug, not a user's mistake: still one line; the details are for the log.
            err.println("warden: internal error (" + e.getClass().getSimpleName() + "); please report it with the command you ran");
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
            return 1;
        }
    }

    private static int dispatch(List<String> argv, PrintStream err) throws Exception {
        String command = argv.isEmpty() || argv.get(0).startsWith("--") ? "run" : argv.get(0);
        List<String> rest = argv.isEmpty() || argv.get(0).startsWith("--") ? argv : argv.subList(1, argv.size());
        Arguments arguments = Arguments.parse(rest);
        switch (command) {
            case "help", "-h" -> {
                err.println(USAGE);
                return 0;
            }
            case "scan" -> {
                noPositional(arguments, command);
                Settings settings = settings(arguments);
                int threads = arguments.threads().orElse(settings.scan().effectiveThreads());
                Scanner scanner = Wiring.scanner(settings, Wiring.storedRoster(settings));
                return new ScanCommand(new ScanLine(scanner), threads).run(System.in, System.out);
            }
            case "train" -> {
                noPositional(arguments, command);
                new TrainCommand().run(arguments.corpus().orElse(TrainCommand.DEFAULT_CORPUS),
                        arguments.out().orElse(TrainCommand.DEFAULT_OUT), System.out);
                return 0;
            }
            case "roster" -> {
                if (arguments.rest().size() != 2 || !arguments.rest().get(0).equals("import")) {
                    throw new UsageException("usage: roster import FILE.csv [--data DIR]");
                }
                Settings settings = settings(arguments);
                NameHasher hasher = RosterCommand.hasher(settings.roster());
                try (Database database = Wiring.database(settings)) {
                    return new RosterCommand(new RosterCsv(hasher), new RosterStore(database))
                            .importFile(Path.of(arguments.rest().get(1)), System.out);
                }
            }
            case "false-positives" -> {
                noPositional(arguments, command);
                Settings settings = settings(arguments);
                if (!Database.existsIn(settings.store().dataDir())) {
                    throw new UsageException("no database in " + settings.store().dataDir() + ": give the bot's data"
                            + " folder with --data DIR");
                }
                List<FalsePositive> found;
                try (Database database = Wiring.database(settings)) {
                    found = FalsePositiveExport.texts(new ReviewStore(database, PolicyBook.bundled(),
                            Clock.systemUTC()).falsePositives());
                }
                byte[] lines = FalsePositiveExport.jsonLines(found);
                if (arguments.out().isPresent()) {
                    Files.write(arguments.out().get(), lines);
                } else {
                    System.out.write(lines);
                    System.out.flush();
                }
                err.println("warden: " + found.size() + " false positive" + (found.size() == 1 ? "" : "s")
                        + " exported, redacted; review them before adding them to corpus/nlp/parts");
                return 0;
            }
            case "evaluate" -> {
                List<String> files = arguments.rest();
                if (files.size() != 1) {
                    throw new UsageException("evaluate takes one labelled JSON-lines file");
                }
                Settings settings = SettingsLoader.load(arguments.config());
                Path file = Path.of(files.get(0));
                var evaluate = new EvaluateCommand(Wiring.scanner(settings));
                var evaluation = evaluate.evaluate(file, arguments.errors() ? System.out : null);
                System.out.printf("Evaluated %d messages from %s%n%n", evaluation.messages(), file);
                System.out.print(evaluation.report());
                System.out.println();
                System.out.print(evaluate.sweep().report(EnumSet.of(Category.PERSONAL_DATA, Category.BANTER,
                        Category.SOCIAL_PLANNING, Category.INAPPROPRIATE_LANGUAGE, Category.DEROGATORY)));
                if (arguments.chooseThresholds()) {
                    System.out.println();
                    System.out.print(evaluate.chooser().report(arguments.cleanCap().orElse(DEFAULT_CLEAN_CAP)));
                }
                return 0;
            }
            case "bench" -> {
                noPositional(arguments, command);
                Settings settings = SettingsLoader.load(arguments.config());
                int threads = arguments.threads().orElse(settings.scan().effectiveThreads());
                long start = System.nanoTime();
                Wiring.models();
                System.out.printf("model loading: %.0f ms%n", (System.nanoTime() - start) / 1e6);
                // The full pipeline, roster included: a generated roster under a throwaway key.
                Settings withRoster = settings.withRoster(new RosterSettings(BenchCommand.ROSTER_KEY));
                new BenchCommand(Wiring.scanner(withRoster, BenchCommand.roster()), threads).run(System.out);
                return 0;
            }
            case "bench-alerts" -> {
                noPositional(arguments, command);
                Path temporary = Files.createTempDirectory("warden-bench-");
                try {
                    new AlertLatencyBench(Main::launch).run(SettingsLoader.load(arguments.config())
                            .withDataDir(temporary), System.out);
                } finally {
                    deleteTree(temporary);
                }
                return 0;
            }
            case "demo" -> {
                noPositional(arguments, command);
                Settings loaded = SettingsLoader.load(arguments.config());
                Path data = arguments.data().orElse(null);
                Path temporary = data == null ? Files.createTempDirectory("warden-demo-") : null;
                try {
                    Settings settings = loaded.withDataDir(data != null ? data : temporary);
                    new DemoCommand(Main::launch).run(settings, System.out);
                } finally {
                    if (temporary != null) {
                        deleteTree(temporary);
                    }
                }
                return 0;
            }
            case "run" -> {
                noPositional(arguments, command);
                Settings settings = settings(arguments);
                if (!settings.discord().hasToken()) {
                    err.println("warden: no Discord token: set the DISCORD_TOKEN environment variable to the bot's token"
                            + " (or try 'java -jar warden.jar demo', which needs none)");
                    return 2;
                }
                RunningBot bot = launch(settings, DiscordEndpoint.discord());
                Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "warden-shutdown"));
                err.println("warden: Staffroom Warden is running; stop it with Ctrl+C");
                Thread.currentThread().join();
                return 0;
            }
            default -> throw new UsageException("unknown command '" + command + "' (commands: "
                    + String.join(", ", Arrays.asList("run", "demo", "scan", "bench-alerts", "evaluate", "bench", "train", "roster",
                            "false-positives", "help")) + ")");
        }
    }

    /** The bot, connected and ready; closed again if it cannot get ready. */
    private static RunningBot launch(Settings settings, DiscordEndpoint endpoint) throws InterruptedException {
        RunningBot bot = Wiring.bot(settings, endpoint, Clock.systemUTC());
        try {
            bot.awaitReady(READY_TIMEOUT);
            return bot;
        } catch (InterruptedException | RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Settings settings(Arguments arguments) {
        Settings settings = SettingsLoader.load(arguments.config());
        return arguments.data().map(settings::withDataDir).orElse(settings);
    }

    private static void noPositional(Arguments arguments, String command) {
        if (!arguments.rest().isEmpty()) {
            throw new UsageException(command + " takes no argument '" + arguments.rest().get(0) + "'");
        }
    }
}
