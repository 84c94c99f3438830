package org.staffroomwarden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layout is the architecture: these lines keep it so. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "staffroomwarden");

    @ParameterizedTest(name = "{0} does not use {1}")
    @CsvSource({
        // JDA only in the Discord adapter: the core is tested without it.
        "scan, net.dv8tion", "policy, net.dv8tion", "monitor, net.dv8tion", "alert, net.dv8tion",
        "store, net.dv8tion", "config, net.dv8tion", "cli, net.dv8tion", "demo, net.dv8tion",
        "simulator, net.dv8tion", "access, net.dv8tion", "governance, net.dv8tion", "review, net.dv8tion",
        "school, net.dv8tion", "view, net.dv8tion", "command, net.dv8tion", "staff, net.dv8tion",
        "chart, net.dv8tion", "csv, net.dv8tion", "digest, net.dv8tion", "digest, org.staffroomwarden.discord",
        "alert, org.staffroomwarden.digest",
        "governance, org.staffroomwarden.store", "review, org.staffroomwarden.store",
        "access, org.staffroomwarden.store", "school, org.staffroomwarden.store",
        "command, org.staffroomwarden.discord", "governance, org.staffroomwarden.discord",
        // The core decides; it does not know where decisions are stored or how they reach Discord.
        "monitor, org.staffroomwarden.store", "monitor, org.staffroomwarden.discord",
        "policy, org.staffroomwarden.store", "policy, org.staffroomwarden.monitor",
        "alert, org.staffroomwarden.store", "alert, org.staffroomwarden.discord",
        "scan, org.staffroomwarden.store", "scan, org.staffroomwarden.policy",
        // The simulator is Discord, not the bot.
        "simulator, org.staffroomwarden.monitor", "simulator, org.staffroomwarden.discord",
    })
    void packageDoesNotDependOn(String pkg, String forbidden) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    boolean comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
                    if (!comment && code.contains(forbidden + ".")) {
                        offenders.add(file.getFileName() + ": " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theRootPackageHoldsOnlyTheCommandLineAndTheWiring() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("Main.java", "RunningBot.java", "Wiring.java"), names);
        }
    }
}
