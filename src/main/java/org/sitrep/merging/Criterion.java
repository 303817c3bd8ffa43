package org.sitrep.merging;

import java.util.function.Supplier;

/**
 * One criterion of a link decision with its evidence, e.g.
 * {@code date: 2024-08-25 (day) vs 2024-08-26 (day): 1 day apart, window 2 → ok}. The evidence
 * text is built only when asked for: clustering compares many pairs and needs only the verdict.
 */
record Criterion(boolean ok, String name, Supplier<String> evidence) {

    static Criterion of(boolean ok, String name, Supplier<String> evidence) {
        return new Criterion(ok, name, evidence);
    }

    String reason() {
        return name + ": " + evidence.get() + " → " + (ok ? "ok" : "no");
    }
}
