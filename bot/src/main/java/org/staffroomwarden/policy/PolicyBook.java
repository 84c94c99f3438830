package org.staffroomwarden.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The rules, from the jar's {@code policy/rules.tsv}: one per concern, each with its source clause. */
public final class PolicyBook {

    private final Map<String, PolicyRule> byId;
    private final Map<Concern, PolicyRule> byConcern;

    PolicyBook(Collection<PolicyRule> rules) {
        byId = new LinkedHashMap<>();
        byConcern = new EnumMap<>(Concern.class);
        for (PolicyRule rule : rules) {
            if (byId.put(rule.id(), rule) != null || byConcern.put(rule.concern(), rule) != null) {
                throw new IllegalArgumentException("two rules for " + rule.id() + " / " + rule.concern());
            }
        }
        for (Concern concern : Concern.values()) {
            if (!byConcern.containsKey(concern)) {
                throw new IllegalArgumentException("no rule for " + concern);
            }
        }
    }

    public static PolicyBook bundled() {
        try (InputStream in = PolicyBook.class.getResourceAsStream("/policy/rules.tsv")) {
            if (in == null) {
                throw new IllegalStateException("policy/rules.tsv is missing from the jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var rules = new java.util.ArrayList<PolicyRule>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException("policy/rules.tsv: a rule needs 4 tab-separated columns: " + line);
                }
                rules.add(new PolicyRule(columns[0], Concern.valueOf(columns[1]), columns[2], columns[3]));
            }
            return new PolicyBook(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PolicyRule rule(Concern concern) {
        return byConcern.get(concern);
    }

    public Optional<PolicyRule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<PolicyRule> rules() {
        return byId.values();
    }
}
