package org.sitrep.merging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.data.TsvTable;

/**
 * Which sub-event types two reports of one incident may carry: the same, or a pair of the data
 * file {@code compatible-types.tsv}, which also says which type wins a tie.
 */
final class TypeCompatibility {

    /** A listed pair and the type preferred on a tie (empty: no preference). */
    private record Pair(SubEventType a, SubEventType b, Optional<SubEventType> onTie) {
    }

    private final Map<String, Pair> pairs = new HashMap<>();
    /** The same pairs as a matrix by ordinal: clustering asks this for every pair it compares. */
    private final boolean[][] matrix = new boolean[SubEventType.values().length][SubEventType.values().length];

    TypeCompatibility() {
        this(TsvTable.resource(TypeCompatibility.class, "compatible-types.tsv", 3, 3));
    }

    TypeCompatibility(List<TsvTable.Row> rows) {
        for (TsvTable.Row r : rows) {
            SubEventType a = type(r, 0);
            SubEventType b = type(r, 1);
            if (a == b) {
                throw r.error("a type is always compatible with itself; list pairs of different types");
            }
            Optional<SubEventType> onTie = r.cell(2).equals("-") ? Optional.empty() : Optional.of(type(r, 2));
            if (onTie.isPresent() && onTie.get() != a && onTie.get() != b) {
                throw r.error("the type preferred on a tie must be one of the pair or '-', was '" + r.cell(2) + "'");
            }
            if (pairs.put(key(a, b), new Pair(a, b, onTie)) != null) {
                throw r.error("pair listed twice: " + a + " / " + b);
            }
            matrix[a.ordinal()][b.ordinal()] = true;
            matrix[b.ordinal()][a.ordinal()] = true;
        }
    }

    private static SubEventType type(TsvTable.Row r, int i) {
        try {
            return SubEventType.fromLabel(r.cell(i));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static String key(SubEventType a, SubEventType b) {
        return a.ordinal() < b.ordinal() ? a + "|" + b : b + "|" + a;
    }

    boolean compatible(SubEventType a, SubEventType b) {
        return a != null && b != null && (a == b || matrix[a.ordinal()][b.ordinal()]);
    }

    /** The type the table prefers when reports are split evenly between a and b, if any. */
    Optional<SubEventType> preferredOnTie(SubEventType a, SubEventType b) {
        Pair p = pairs.get(key(a, b));
        return p == null ? Optional.empty() : p.onTie();
    }

    Criterion check(SubEventType a, SubEventType b) {
        Supplier<String> shown = () -> (a == null ? "unknown" : a.label()) + " vs " + (b == null ? "unknown" : b.label());
        if (a == null || b == null) {
            return Criterion.of(false, "type", () -> shown.get() + ": a type is unknown");
        }
        if (a == b) {
            return Criterion.of(true, "type", () -> shown.get() + ": same sub-event type");
        }
        boolean ok = compatible(a, b);
        return Criterion.of(ok, "type", () -> shown.get() + ": " + (ok ? "compatible (compatible-types.tsv)" : "incompatible"));
    }
}
