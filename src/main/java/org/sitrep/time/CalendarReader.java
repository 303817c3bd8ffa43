package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.time.TimeLexicon.Entry;
import org.sitrep.time.TimeLexicon.Kind;

/**
 * Reads expressions built on calendar names: "12 March 2024", "March 12", "28 Nov 88",
 * "in July", "August 2018", "last Sunday", "late on Friday", "2011".
 */
final class CalendarReader {

    private final TimeLexicon lexicon;

    CalendarReader(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Reading read(ExpressionWords w, LocalDate published) {
        Reading holiday = holiday(w, published);
        if (holiday.recognised()) {
            return holiday;
        }
        int mi = find(w, Kind.MONTH);
        if (mi >= 0) {
            return month(w, mi, published);
        }
        int wi = find(w, Kind.WEEKDAY);
        if (wi >= 0) {
            return weekday(w, wi, published);
        }
        return year(w, published);
    }

    /** "on Christmas Day", "New Year's Eve 2023": a fixed day, the latest not after publication. */
    private Reading holiday(ExpressionWords w, LocalDate published) {
        for (int i = 0; i < w.size(); i++) {
            for (int j = Math.min(w.size(), i + lexicon.longestPhrase()); j > i; j--) {
                Entry e = lexicon.get(w.phrase(i, j), Kind.HOLIDAY);
                if (e == null || !w.isCapitalised(i)) {
                    continue;
                }
                int month = e.number() / 100;
                int day = e.number() % 100;
                LocalDate d;
                if (w.digits(j) == 4) {
                    d = CalendarMath.date(w.number(j), month, day);
                } else if (published != null) {
                    d = CalendarMath.dayMonth(published, month, day);
                } else {
                    return Reading.REJECTED;
                }
                return d == null ? Reading.REJECTED : Reading.of(new ResolvedDate(d, DatePrecision.DAY, "holiday"));
            }
        }
        return Reading.UNKNOWN;
    }

    /** The first capitalised word of the kind: lower-case "may", "march", "sat" are not dates. */
    private int find(ExpressionWords w, Kind kind) {
        for (int i = 0; i < w.size(); i++) {
            if (w.isCapitalised(i) && lexicon.get(w.get(i), kind) != null) {
                return i;
            }
        }
        return -1;
    }

    private Reading month(ExpressionWords w, int mi, LocalDate published) {
        int month = lexicon.get(w.get(mi)).number();
        int day = -1;
        int yearAt = -1;
        if (isDay(w, mi - 1)) {
            day = w.number(mi - 1);
            yearAt = mi + 1;
        } else if (w.get(mi - 1).equals("of") && isDay(w, mi - 2)) {
            // "the 3rd of August"
            day = w.number(mi - 2);
            yearAt = mi + 1;
        } else if (isDay(w, mi + 1)) {
            day = w.number(mi + 1);
            yearAt = mi + 2;
        } else {
            yearAt = mi + 1;
        }
        int year = -1;
        if (w.digits(yearAt) == 4) {
            year = w.number(yearAt);
        } else if (w.digits(yearAt) == 2 && day > 0 && yearAt == mi + 1 && isDay(w, mi - 1)) {
            // dateline style "28 Nov 88"
            year = CalendarMath.expandYear(w.number(yearAt), published);
            if (year < 0) {
                return Reading.REJECTED;
            }
        }
        if (day > 0 && year > 0) {
            LocalDate d = CalendarMath.date(year, month, day);
            return d == null ? Reading.REJECTED : Reading.of(new ResolvedDate(d, DatePrecision.DAY, "date"));
        }
        if (year > 0) {
            return Reading.of(new ResolvedDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, "month-year"));
        }
        if (published == null) {
            return Reading.REJECTED;
        }
        if (day > 0) {
            LocalDate d = CalendarMath.dayMonth(published, month, day);
            return d == null ? Reading.REJECTED : Reading.of(new ResolvedDate(d, DatePrecision.DAY, "day-month"));
        }
        String mod = modifier(w, mi);
        if ("next".equals(mod)) {
            return Reading.REJECTED;
        }
        boolean last = "last".equals(mod);
        return Reading.of(new ResolvedDate(CalendarMath.month(published, month, last), DatePrecision.MONTH,
                last ? "last-month-name" : "month-name"));
    }

    private static boolean isDay(ExpressionWords w, int i) {
        int n = w.number(i);
        return n >= 1 && n <= 31 && w.digits(i) <= 2;
    }

    private Reading weekday(ExpressionWords w, int wi, LocalDate published) {
        if (published == null) {
            return Reading.REJECTED;
        }
        String mod = modifier(w, wi);
        if ("next".equals(mod)) {
            return Reading.REJECTED;
        }
        boolean last = "last".equals(mod);
        LocalDate d = CalendarMath.weekdayBefore(published, lexicon.get(w.get(wi)).number(), last);
        return Reading.of(new ResolvedDate(d, DatePrecision.DAY, last ? "last-weekday" : "weekday"));
    }

    /** A year on its own ("in 2020", "this year"): background for an incident, but readable. */
    private Reading year(ExpressionWords w, LocalDate published) {
        for (int i = 0; i < w.size(); i++) {
            int n = w.number(i);
            if (w.digits(i) == 4 && n >= 1000) {
                return Reading.of(new ResolvedDate(LocalDate.of(n, 1, 1), DatePrecision.YEAR, "year"));
            }
            if (w.get(i).equals("year") && published != null) {
                String mod = modifier(w, i);
                if ("this".equals(mod)) {
                    return Reading.of(new ResolvedDate(LocalDate.of(published.getYear(), 1, 1), DatePrecision.YEAR,
                            "this-year"));
                }
                if ("last".equals(mod)) {
                    return Reading.of(new ResolvedDate(LocalDate.of(published.getYear() - 1, 1, 1),
                            DatePrecision.YEAR, "last-year"));
                }
            }
        }
        return Reading.UNKNOWN;
    }

    /** The modifier ("last", "next", "this") among the two words before word i, if any. */
    private String modifier(ExpressionWords w, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            Entry two = j > 0 ? lexicon.get(w.phrase(j - 1, j + 1), Kind.MODIFIER) : null;
            if (two != null) {
                return two.word();
            }
            Entry one = lexicon.get(w.get(j), Kind.MODIFIER);
            if (one != null) {
                return one.word();
            }
        }
        return null;
    }
}
