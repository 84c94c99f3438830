package org.staffroomwarden.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.staffroomwarden.corpus.Corpus;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.Finding;
import org.staffroomwarden.scan.ScanResult;
import org.staffroomwarden.scan.Scanner;

/**
 * {@code evaluate FILE.jsonl [--errors] [--choose-thresholds [--clean-cap SHARE]]}: scores the
 * scanner on a labelled file and prints the figures. With --errors it also lists each message
 * whose categories were wrong, by id and redacted text only; with --choose-thresholds, the model
 * thresholds {@link ThresholdChooser} picks for the file.
 */
public final class EvaluateCommand {

    private final Scanner scanner;
    private final ThresholdSweep sweep = new ThresholdSweep();
    private final ThresholdChooser chooser = new ThresholdChooser();

    public EvaluateCommand(Scanner scanner) {
        this.scanner = scanner;
    }

    public ThresholdSweep sweep() {
        return sweep;
    }

    public ThresholdChooser chooser() {
        return chooser;
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
            List<Finding> candidates = scanner.candidates(gold.text());
            ScanResult result = scanner.scan(gold.text(), candidates);
            evaluation.add(gold, result);
            sweep.add(gold.categories(), candidates);
            chooser.add(gold.categories(), result, candidates);
            if (errors != null && !result.categories().equals(gold.categories())) {
                errors.printf("%s expected %s got %s: %s%n", gold.id(), Evaluation.describe(gold.categories()),
                        Evaluation.describe(result.categories()), result.redacted());
            }
        }
        return evaluation;
    }
}
