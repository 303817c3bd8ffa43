package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Date arithmetic for reading expressions against a publication date. Pure functions. */
final class CalendarMath {

    /** An explicit date more than this many days after publication is read as last year's. */
    static final int PLAN_HORIZON_DAYS = 31;

    private CalendarMath() {
    }

    /** The given weekday on or before {@code ref} ("on Sunday"), or strictly before it ("last Sunday"). */
    static LocalDate weekdayBefore(LocalDate ref, int isoDay, boolean strictly) {
        LocalDate d = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
        return strictly && d.equals(ref) ? d.minusWeeks(1) : d;
    }

    /** Monday of the ISO week {@code weeks} away from the week holding {@code ref}. */
    static LocalDate weekStart(LocalDate ref, int weeks) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** Saturday of the latest weekend that has begun by {@code ref}, {@code back} weekends earlier. */
    static LocalDate weekendStart(LocalDate ref, int back) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).minusWeeks(back);
    }

    /**
     * The year for a day and month stated without one: the publication year, or the year before
     * when that would put the date well after publication. Null when the date is a near-future
     * one (a plan, "the visit on April 15") or does not exist.
     */
    static LocalDate dayMonth(LocalDate ref, int month, int day) {
        LocalDate d = date(ref.getYear(), month, day);
        if (d == null && month == 2 && day == 29) {
            // Feb 29 only exists in leap years: the latest one not after publication
            for (int y = ref.getYear(); y > ref.getYear() - 8; y--) {
                LocalDate leap = date(y, 2, 29);
                if (leap != null && !leap.isAfter(ref)) {
                    return leap;
                }
            }
            return null;
        }
        if (d == null || !d.isAfter(ref)) {
            return d;
        }
        if (d.toEpochDay() - ref.toEpochDay() <= PLAN_HORIZON_DAYS) {
            return null;
        }
        return date(ref.getYear() - 1, month, day);
    }

    /** The first of the most recent such month not after publication; strictly before it for "last July". */
    static LocalDate month(LocalDate ref, int month, boolean strictly) {
        int year = ref.getYear();
        if (month > ref.getMonthValue() || strictly && month == ref.getMonthValue()) {
            year--;
        }
        return LocalDate.of(year, month, 1);
    }

    /** Monday of an ISO week-based year and week number, or null when there is no such week. */
    static LocalDate isoWeek(int weekYear, int week) {
        try {
            LocalDate jan4 = LocalDate.of(weekYear, 1, 4);
            if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A two-digit year ("28 Nov 88") in the century that puts it closest to, and not after,
     * the publication year; null without a publication date, since the century is not stated.
     */
    static int expandYear(int twoDigits, LocalDate ref) {
        if (ref == null) {
            return -1;
        }
        int century = ref.getYear() / 100 * 100;
        int y = century + twoDigits;
        return y > ref.getYear() + 1 ? y - 100 : y;
    }

    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
