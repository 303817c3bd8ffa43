package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.codebook.SubEventType;
import org.sitrep.data.TsvTable;

/**
 * Chooses the sub-event type of a class trigger ("@VIOLENCE", "@PROTEST"...) from the cues of
 * its sentence, in one ordered table ({@code decisions.tsv}): the first row of the trigger's
 * class whose conditions all hold wins. Keeping every choice in one table is what lets
 * {@code explain} name the rule, and lets a reviewer see all tie-breaks at once.
 */
final class DecisionTable {

    /**
     * One row. {@code weak} marks a type chosen only from who-did-what-to-whom (no weapon or
     * protest word): such an event readily merges into a more specific one of the same incident.
     */
    record Rule(String triggerClass, List<Condition> conditions, SubEventType type, String name,
                boolean weak) {
    }

    private final List<Rule> rules;

    DecisionTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static DecisionTable load() {
        return fromRows(TsvTable.resource(DecisionTable.class, "decisions.tsv", 4, 5));
    }

    static DecisionTable fromRows(List<TsvTable.Row> rows) {
        List<Rule> out = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            TriggerLexicon.requireCells(r, 4);
            String cls = r.cell(0).toUpperCase(Locale.ROOT);
            if (!cls.startsWith("@")) {
                throw r.error("trigger class must start with @, was '" + r.cell(0) + "'");
            }
            SubEventType type;
            try {
                type = SubEventType.fromLabel(r.cell(2));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            String flag = r.cell(4);
            if (!flag.isEmpty() && !flag.equals("weak") && !flag.equals("strong")) {
                throw r.error("last column must be 'weak' or 'strong', was '" + flag + "'");
            }
            out.add(new Rule(cls, Condition.parseAll(r.cell(1), r), type, r.cell(3),
                    flag.equals("weak")));
        }
        return new DecisionTable(out);
    }

    /** The first matching rule, or null when the class has no rule for these cues. */
    Rule decide(String triggerClass, Set<String> cues) {
        for (Rule r : rules) {
            if (r.triggerClass().equals(triggerClass) && Condition.allHold(r.conditions(), cues)) {
                return r;
            }
        }
        return null;
    }

    boolean knows(String triggerClass) {
        return rules.stream().anyMatch(r -> r.triggerClass().equals(triggerClass));
    }
}
