package org.staffroomwarden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "frobnicate|unknown command 'frobnicate'",
        "demo extra|demo takes no argument 'extra'",
        "scan --threads 0|--threads takes a whole number from 1 to 1024",
        "scan --threads|--threads needs a value",
        "scan --bogus|unknown option --bogus",
        "scan extra|scan takes no argument 'extra'",
        "evaluate|evaluate takes one labelled JSON-lines file",
        "evaluate /nonexistent/gold.jsonl|no such file",
        "scan --config /nonexistent/app.conf|config file not found",
        "false-positives --data /nonexistent/warden|no database in /nonexistent/warden",
    })
    void mistakesEndInOneLineAndExitTwo(String args, String expected) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.split(" "), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, output);
        assertTrue(output.lines().findFirst().orElse("").contains(expected), output);
        assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + output);
    }

    @org.junit.jupiter.api.Test
    void falsePositivesAreWrittenToTheFileAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        try (org.staffroomwarden.store.Database database = org.staffroomwarden.store.Database.openEmbedded(dir, 1)) {
            // An empty database: the export says so and writes an empty file.
        }
        java.nio.file.Path out = dir.resolve("fp.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"false-positives", "--data", dir.toString(), "--out", out.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("0 false positives exported"));
        assertEquals(0, java.nio.file.Files.size(out));
    }
}
