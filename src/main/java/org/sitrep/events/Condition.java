package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.TsvTable;

/**
 * A test on a trigger's context, written in the data files as {@code CLASS} (a cue of that class
 * in the sentence), {@code victim:CLASS} / {@code agent:CLASS} (a cue on the trigger's patient or
 * agent in the parse), {@code governor:CLASS} (a cue on the word the trigger hangs from, as
 * "defused" in "defused a bomb"), {@code obj:CLASS} (alias of victim:), each negated by a
 * leading {@code !}.
 */
record Condition(String key, boolean negated) {

    static List<Condition> parseAll(String cell, TsvTable.Row row) {
        List<Condition> out = new ArrayList<>();
        if (cell == null || cell.isBlank() || cell.equals("-")) {
            return out;
        }
        for (String part : cell.split(",")) {
            String p = part.trim();
            boolean neg = p.startsWith("!");
            if (neg) {
                p = p.substring(1);
            }
            p = p.replace("obj:", "victim:");
            String key = p.contains(":")
                    ? p.substring(0, p.indexOf(':')).toLowerCase(Locale.ROOT) + ":"
                            + p.substring(p.indexOf(':') + 1).toUpperCase(Locale.ROOT)
                    : p.toUpperCase(Locale.ROOT);
            if (!key.matches("((victim|agent|governor):)?[A-Z_]+")) {
                throw row.error("bad condition '" + part + "'; write CLASS, victim:CLASS,"
                        + " agent:CLASS or governor:CLASS, optionally with a leading !");
            }
            out.add(new Condition(key, neg));
        }
        return out;
    }

    boolean holds(Set<String> cues) {
        return cues.contains(key) != negated;
    }

    static boolean allHold(List<Condition> conditions, Set<String> cues) {
        for (Condition c : conditions) {
            if (!c.holds(cues)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return (negated ? "!" : "") + key;
    }
}
