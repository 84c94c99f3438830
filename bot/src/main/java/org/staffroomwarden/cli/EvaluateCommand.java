package org.staffroomwarden.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.staffroomwarden.scan.ScanResult;
import org.staffroomwarden.scan.Scanner;

/**
 * {@code evaluate FILE.jsonl [--errors]}: scores the scanner on a labelled file and prints the
 * figures. With --errors it also lists each message whose categories were wrong, by id and
 * redacted text only.
 */
public final class EvaluateCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Scanner scanner;

    public EvaluateCommand(Scanner scanner) {
        this.scanner = scanner;
    }

    public Evaluation evaluate(Path file, PrintStream errors) throws IOException {
        Evaluation evaluation = new Evaluation();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                LabelledMessage gold;
                try {
                    gold = LabelledMessage.fromJson(MAPPER.readTree(line));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new UsageException(file + " line " + number + " is not a labelled message: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
                ScanResult result = scanner.scan(gold.text());
                evaluation.add(gold, result);
                if (errors != null && !result.categories().equals(gold.categories())) {
                    errors.printf("%s expected %s got %s: %s%n", gold.id(), Evaluation.describe(gold.categories()),
                            Evaluation.describe(result.categories()), result.redacted());
                }
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        return evaluation;
    }
}
