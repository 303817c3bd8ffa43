package org.sitrep.time;

import java.util.Optional;

/**
 * What a reader made of an expression: a date; {@code REJECTED} when it knew the expression but
 * it names no past date we can place (a plan, a day without its year); {@code UNKNOWN} when the
 * expression is not of its kind and the next reader should try.
 */
record Reading(ResolvedDate date, boolean recognised) {

    static final Reading UNKNOWN = new Reading(null, false);
    static final Reading REJECTED = new Reading(null, true);

    static Reading of(ResolvedDate date) {
        return new Reading(date, true);
    }

    Optional<ResolvedDate> toOptional() {
        return Optional.ofNullable(date);
    }
}
