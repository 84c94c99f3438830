package org.staffroomwarden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as spec/cli.md says evaluations run it. */
class WardenJarIT {

    private static final Path JAR = Path.of(System.getProperty("warden.jar", "target/warden.jar"));
    private static final String CONFIG = System.getProperty("warden.config", "../config/application.conf");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().putAll(env);
        // Files, not pipes: a full pipe cannot stall the process, and the timeout holds.
        Path out = Files.createTempFile("warden-out", ".txt");
        Path err = Files.createTempFile("warden-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the jar did not finish in 60 s: " + text(err));
            }
            return new Run(process.exitValue(), text(out), text(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    @Test
    void scanAnswersEachLineInOrderWithTheSchoolConfig() throws Exception {
        String input = """
                {"id": "m1", "text": "ring me on 07700 900123"}
                {"id": "m2", "text": "ring the office on 01632 960000"}
                not json
                {"id": "m4", "text": "f*ck this, the door code is 4721"}
                """;
        Run run = run(input, Map.of(), "scan", "--threads", "2", "--config", CONFIG);
        assertEquals(0, run.exit(), run.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals(4, lines.size());
        assertEquals("ring me on [PHONE]", lines.get(0).get("redacted").asText());
        assertEquals(0, lines.get(1).get("categories").size());
        assertTrue(lines.get(2).has("error"));
        assertEquals("[\"CREDENTIALS\",\"INAPPROPRIATE_LANGUAGE\"]", lines.get(3).get("categories").toString());
        assertFalse(run.err().contains("07700"), "logs never carry message text");
    }

    @Test
    void runWithoutATokenSaysHowToGiveOne() throws Exception {
        Run run = run("", Map.of());
        assertTrue(run.exit() != 0);
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("DISCORD_TOKEN") && run.err().contains("demo"), run.err());
    }

    @Test
    void aBadSettingStopsWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "warden.scan.threads = -3\n");
        Run run = run("", Map.of(), "scan", "--config", conf.toString());
        assertEquals(2, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("warden.scan.threads"), run.err());
    }

    @Test
    void demoShowsEveryCategoryWithPersonalDataHidden() throws Exception {
        Run run = run("", Map.of(), "demo", "--config", CONFIG);
        assertEquals(0, run.exit(), run.err());
        for (String concern : List.of("Personal data", "Credentials", "Gossip or banter", "Social plans",
                "Inappropriate language", "Derogatory remark", "Picture or video")) {
            assertTrue(run.out().contains("── \uD83D") && run.out().contains(" " + concern + " · "),
                    concern + " is missing from:\n" + run.out());
        }
        assertTrue(run.out().contains("[PHONE]"), run.out());
        assertTrue(run.out().contains("door code is [CREDENTIAL]"), "the edit was reported: " + run.out());
        for (String secret : List.of("900123", "4471", "Oakfield2024", "Leo Martin")) {
            assertFalse(run.out().contains(secret), secret + " leaked into:\n" + run.out());
            assertFalse(run.err().contains(secret), secret + " leaked into the log:\n" + run.err());
        }
        assertFalse(run.out().contains("Coach booked"), "clean messages raise nothing");
    }

    @Test
    void runWithATokenButNoHomeServerSaysWhichSettingIsMissing() throws Exception {
        Run run = run("", Map.of("DISCORD_TOKEN", "not-a-real-token"), "run", "--config", CONFIG);
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("warden.discord.home-guild"), run.err());
    }
}
