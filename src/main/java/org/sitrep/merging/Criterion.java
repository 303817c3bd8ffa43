package org.sitrep.merging;

/**
 * One criterion of a link decision with its evidence, e.g.
 * {@code date: 2024-08-25 (day) vs 2024-08-26 (day): 1 day apart, window 2 → ok}.
 */
record Criterion(boolean ok, String reason) {

    static Criterion of(boolean ok, String name, String evidence) {
        return new Criterion(ok, name + ": " + evidence + " → " + (ok ? "ok" : "no"));
    }
}
