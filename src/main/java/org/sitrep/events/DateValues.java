package org.sitrep.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * TIMEX values as day ranges, so that the dates two sentences state can be compared whatever
 * their precision: "2024-08-25" is one day, "2024-08" a month, "2024-W34" a week. Used only to
 * tell whether two mentions can be the same incident; the dating stage sets the event's date.
 */
final class DateValues {

    /** An inclusive range of days. */
    record Range(LocalDate from, LocalDate to) {
        boolean overlaps(Range o) {
            return !from.isAfter(o.to) && !o.from.isAfter(to);
        }
    }

    private DateValues() {
    }

    /** The range of a DATE value, or null for values that are not a concrete period. */
    static Range range(String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}T(?:NI|EV).*")) {
                // a night or evening runs past midnight into the next day's small hours
                LocalDate d = LocalDate.parse(v.substring(0, 10));
                return new Range(d, d.plusDays(1));
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                LocalDate d = LocalDate.parse(v.substring(0, 10));
                return new Range(d, d);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return new Range(d, d.with(TemporalAdjusters.lastDayOfMonth()));
            }
            if (v.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
                return new Range(d, d.withDayOfYear(d.lengthOfYear()));
            }
            if (v.matches("\\d{4}-W\\d{2}.*")) {
                int year = Integer.parseInt(v.substring(0, 4));
                int week = Integer.parseInt(v.substring(6, 8));
                LocalDate monday = LocalDate.of(year, 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return new Range(monday, monday.plusDays(6));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether two stated dates can denote the same day; unknown values never conflict. */
    static boolean compatible(String a, String b) {
        Range ra = range(a);
        Range rb = range(b);
        return ra == null || rb == null || ra.overlaps(rb);
    }
}
