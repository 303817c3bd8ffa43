package org.sitrep.time;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.codebook.DatePrecision;

/**
 * A time expression resolved to the first day of the period it names (codebook section 3).
 * {@code rule} names the reading that produced it, for explanations.
 */
public record ResolvedDate(LocalDate date, DatePrecision precision, String rule) {

    public ResolvedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(rule, "rule");
    }
}
