package org.sitrep.merging;

import java.util.Comparator;
import java.util.List;

/**
 * A link decision with what clustering needs to take the closest pairs first. Keys are in
 * canonical order (keyA before keyB), so the comparison of a and b equals that of b and a.
 *
 * @param criteria   the criteria evaluated, in order (all of them unless evaluation stopped
 *                   at the first failure)
 * @param sameType   the two sub-event types are equal (not merely compatible)
 * @param gapDays    days between the two date periods (0 when they overlap)
 * @param precision  the coarser geo-precision of the two places
 * @param km         distance between the two places' coordinates, or +infinity when unknown
 */
record Comparison(String keyA, String keyB, boolean linked, List<Criterion> criteria, boolean sameType,
                  long gapDays, int precision, double km) {

    /** Closest pairs first; keys break every tie, so the order never depends on input order. */
    static final Comparator<Comparison> CLOSEST_FIRST = Comparator
            .comparing((Comparison c) -> !c.sameType())
            .thenComparingLong(Comparison::gapDays)
            .thenComparingInt(Comparison::precision)
            .thenComparingDouble(Comparison::km)
            .thenComparing(Comparison::keyA)
            .thenComparing(Comparison::keyB);

    /** The decision with its reason lines. */
    Link link() {
        return new Link(keyA, keyB, linked, criteria.stream().map(Criterion::reason).toList());
    }
}
