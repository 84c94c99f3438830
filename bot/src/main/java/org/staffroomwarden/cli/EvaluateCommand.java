package org.staffroomwarden.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.staffroomwarden.corpus.Corpus;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.ScanResult;
import org.staffroomwarden.scan.Scanner;

/**
 * {@code evaluate FILE.jsonl [--errors]}: scores the scanner on a labelled file and prints the
 * figures. With --errors it also lists each message whose categories were wrong, by id and
 * redacted text only.
 */
public final class EvaluateCommand {

    private final Scanner scanner;
    private final Scanner unthresholded;
    private final ThresholdSweep sweep = new ThresholdSweep();

    /**
     * @param scanner the scanner as configured
     * @param unthresholded the same scanner with every threshold at zero, for the sweep; may be null
     */
    public EvaluateCommand(Scanner scanner, Scanner unthresholded) {
        this.scanner = scanner;
        this.unthresholded = unthresholded;
    }

    public ThresholdSweep sweep() {
        return sweep;
    }

    public Evaluation evaluate(Path file, PrintStream errors) {
        List<LabelledMessage> messages;
        try {
            messages = Corpus.read(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Evaluation evaluation = new Evaluation();
        for (LabelledMessage gold : messages) {
            ScanResult result = scanner.scan(gold.text());
            evaluation.add(gold, result);
            if (unthresholded != null) {
                sweep.add(gold.categories(), unthresholded.scan(gold.text()));
            }
            if (errors != null && !result.categories().equals(gold.categories())) {
                errors.printf("%s expected %s got %s: %s%n", gold.id(), Evaluation.describe(gold.categories()),
                        Evaluation.describe(result.categories()), result.redacted());
            }
        }
        return evaluation;
    }
}
