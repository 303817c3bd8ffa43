package org.sitrep.export;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.ViolenceType;

/**
 * UCDP GED's codes for sitrep's codebook values (UCDP GED codebook: type_of_violence,
 * where_prec, date_prec, date_start/date_end).
 */
final class UcdpConventions {

    private UcdpConventions() {
    }

    /** 1 state-based, 2 non-state, 3 one-sided; null for events that are not organised violence. */
    static Integer typeOfViolence(ViolenceType v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case STATE_BASED -> 1;
            case NON_STATE -> 2;
            case ONE_SIDED -> 3;
            case NONE -> null;
        };
    }

    /**
     * GED where_prec from sitrep's (ACLED) geo precision: 1 the exact place → 1; 2 near a named
     * place or a small area → 2 (within about 25 km of a known point); 3 only a first-order
     * region → 4; 4 only the country → 6. GED's 3 (second-order division), 5 (a larger area or
     * line) and 7 (international waters or airspace) have no sitrep counterpart.
     */
    static int wherePrec(int sitrepPrecision) {
        return switch (sitrepPrecision) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 4;
            default -> 6;
        };
    }

    /**
     * GED date_prec: 1 the exact day; 3 only the week known; 4 only the month; 5 a longer span
     * (here the year). GED's 2 (a 2-6 day range) is not used: sitrep's week precision does not
     * say whether the span was shorter than a week.
     */
    static int datePrec(DatePrecision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 3;
            case MONTH -> 4;
            case YEAR -> 5;
        };
    }

    /** The last possible day of an event dated {@code start} (the period's first day). */
    static LocalDate dateEnd(LocalDate start, DatePrecision p) {
        return switch (p) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
