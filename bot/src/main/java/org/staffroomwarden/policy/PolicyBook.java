package org.staffroomwarden.policy;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.staffroomwarden.scan.Resources;

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
        var rules = new java.util.ArrayList<PolicyRule>();
        for (String line : Resources.lines("/policy/rules.tsv")) {
            String[] columns = line.split("\t");
            if (columns.length != 4) {
                throw new IllegalStateException("policy/rules.tsv: a rule needs 4 tab-separated columns: " + line);
            }
            rules.add(new PolicyRule(columns[0], Concern.valueOf(columns[1]), columns[2], columns[3]));
        }
        return new PolicyBook(rules);
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
