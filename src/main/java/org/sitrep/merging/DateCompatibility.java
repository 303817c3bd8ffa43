package org.sitrep.merging;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Whether two reported dates can be the same incident (codebook section 3). A date stands for
 * the days of its period: a day, the seven days of a week from its first day, the days of a
 * month. Two day-precision dates match within the day window; otherwise the periods must
 * overlap ("last week" contains the day another report names).
 *
 * <p>Dates of year precision and missing dates never match: a year says nothing about which
 * incident it was, and comparing every report of a year would make the store's candidate
 * window a whole year wide.
 */
final class DateCompatibility {

    private final int dayWindow;

    DateCompatibility(int dayWindow) {
        this.dayWindow = dayWindow;
    }

    /** True when a date of this precision can be merged at all. */
    static boolean mergeable(EventDate d) {
        return d != null && d.date() != null && d.precision() != null && d.precision() != DatePrecision.YEAR;
    }

    /** The last day of the period a mergeable date stands for. */
    static LocalDate lastDay(EventDate d) {
        return switch (d.precision()) {
            case DAY -> d.date();
            case WEEK -> d.date().plusDays(6);
            case MONTH -> d.date().with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> d.date().with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** Days between the two periods: 0 when they overlap. Both dates must be mergeable. */
    static long gapDays(EventDate a, EventDate b) {
        if (lastDay(a).isBefore(b.date())) {
            return ChronoUnit.DAYS.between(lastDay(a), b.date());
        }
        if (lastDay(b).isBefore(a.date())) {
            return ChronoUnit.DAYS.between(lastDay(b), a.date());
        }
        return 0;
    }

    /** The gap allowed between these two dates' periods. */
    int allowedGap(EventDate a, EventDate b) {
        return a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY ? dayWindow : 0;
    }

    /** The largest gap any pair can be allowed: how far past a period a partner can start. */
    int widestGap() {
        return dayWindow;
    }

    /**
     * For each precision a partner may have, the dates (first days) {@link #check} accepts
     * against the mergeable date d: exactly those, solved from the rule for each precision.
     * <ul>
     * <li>a day x: within the day window of d's day, or inside d's period when d is coarser
     *     (gap 0 allowed), so x in [d - allowed, last(d) + allowed];</li>
     * <li>a week from x: the days x..x+6 overlap d's period, so x in [d - 6, last(d)];</li>
     * <li>a month from x: the month overlaps d's period, so it is d's month or a later one
     *     starting by last(d): x in [1st of d's month, last(d)].</li>
     * </ul>
     */
    List<CandidateWindow.DateRange> partnerRanges(EventDate d) {
        LocalDate first = d.date();
        LocalDate last = lastDay(d);
        int around = d.precision() == DatePrecision.DAY ? dayWindow : 0;
        return List.of(
                new CandidateWindow.DateRange(DatePrecision.DAY, first.minusDays(around), last.plusDays(around)),
                new CandidateWindow.DateRange(DatePrecision.WEEK, first.minusDays(6), last),
                new CandidateWindow.DateRange(DatePrecision.MONTH, first.withDayOfMonth(1), last));
    }

    Criterion check(EventDate a, EventDate b) {
        if (!mergeable(a) || !mergeable(b)) {
            String why = (a == null || a.date() == null || b == null || b.date() == null)
                    ? "a date is unknown, never merged" : "year precision is too vague to merge";
            return Criterion.of(false, "date", () -> show(a) + " vs " + show(b) + ": " + why);
        }
        long gap = gapDays(a, b);
        int allowed = allowedGap(a, b);
        return Criterion.of(gap <= allowed, "date", () -> show(a) + " vs " + show(b) + ": " + distance(a, b, gap, allowed));
    }

    private static String distance(EventDate a, EventDate b, long gap, int allowed) {
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            long apart = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
            return apart + (apart == 1 ? " day" : " days") + " apart, window " + allowed;
        }
        return gap == 0 ? "periods overlap" : "periods " + gap + (gap == 1 ? " day" : " days") + " apart, must overlap";
    }

    static String show(EventDate d) {
        if (d == null || d.date() == null) {
            return "unknown";
        }
        return d.date() + " (" + d.precision() + ")";
    }
}
