package org.staffroomwarden.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.staffroomwarden.corpus.Corpus;
import org.staffroomwarden.corpus.LabelledMessage;
import org.staffroomwarden.scan.nlp.ModelTrainer;

/**
 * {@code train [--corpus FILE] [--out DIR]}: rebuilds every model from the training split and
 * writes them where the jar takes them from. The same corpus always gives the same bytes.
 */
public final class TrainCommand {

    public static final Path DEFAULT_CORPUS = Path.of("corpus", "nlp", "train.jsonl");
    public static final Path DEFAULT_OUT = Path.of("bot", "src", "main", "resources", "models");

    public void run(Path corpusFile, Path out, PrintStream log) throws IOException {
        List<LabelledMessage> corpus;
        try {
            corpus = Corpus.read(corpusFile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long start = System.nanoTime();
        Map<String, byte[]> models = new ModelTrainer().train(corpus);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> model : models.entrySet()) {
            Files.write(out.resolve(model.getKey()), model.getValue());
            log.printf("wrote %s (%,d bytes)%n", out.resolve(model.getKey()), model.getValue().length);
        }
        log.printf("trained %d models on %d messages in %.1f s%n", models.size(), corpus.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
