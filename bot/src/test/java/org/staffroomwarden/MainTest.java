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
    })
    void mistakesEndInOneLineAndExitTwo(String args, String expected) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.split(" "), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, output);
        assertTrue(output.lines().findFirst().orElse("").contains(expected), output);
        assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + output);
    }
}
