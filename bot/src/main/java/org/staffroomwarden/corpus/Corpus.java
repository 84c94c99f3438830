package org.staffroomwarden.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled JSON-lines file; a line that is not a labelled message is an error naming it. */
public final class Corpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpus() {
    }

    public static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> messages = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    messages.add(LabelledMessage.fromJson(MAPPER.readTree(line)));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + number + " is not a labelled message: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return messages;
    }
}
