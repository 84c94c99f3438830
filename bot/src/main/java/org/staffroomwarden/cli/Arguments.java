package org.staffroomwarden.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options every command shares, and what is left once they are read. */
public record Arguments(Optional<Path> config, Optional<Integer> threads, Optional<Path> data, Optional<Path> corpus,
        Optional<Path> out, boolean errors, boolean chooseThresholds, Optional<Double> cleanCap, List<String> rest) {

    public static Arguments parse(List<String> args) {
        Optional<Path> config = Optional.empty();
        Optional<Integer> threads = Optional.empty();
        Optional<Path> data = Optional.empty();
        Optional<Path> corpus = Optional.empty();
        Optional<Path> out = Optional.empty();
        boolean errors = false;
        boolean chooseThresholds = false;
        Optional<Double> cleanCap = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--config" -> config = Optional.of(Path.of(value(args, ++i, arg)));
                case "--threads" -> threads = Optional.of(threads(value(args, ++i, arg)));
                case "--errors" -> errors = true;
                case "--choose-thresholds" -> chooseThresholds = true;
                case "--clean-cap" -> cleanCap = Optional.of(share(value(args, ++i, arg)));
                case "--data" -> data = Optional.of(Path.of(value(args, ++i, arg)));
                case "--corpus" -> corpus = Optional.of(Path.of(value(args, ++i, arg)));
                case "--out" -> out = Optional.of(Path.of(value(args, ++i, arg)));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    rest.add(arg);
                }
            }
        }
        return new Arguments(config, threads, data, corpus, out, errors, chooseThresholds, cleanCap, List.copyOf(rest));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static double share(String value) {
        try {
            double share = Double.parseDouble(value);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--clean-cap takes a share from 0 to 1, e.g. 0.03 (got " + value + ")");
    }

    private static int threads(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--threads takes a whole number from 1 to 1024 (got " + value + ")");
    }
}
