package org.sitrep.time;

import java.time.LocalDate;
import java.util.Map;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.time.TimeLexicon.Entry;
import org.sitrep.time.TimeLexicon.Kind;

/**
 * Reads expressions relative to the publication date ("yesterday", "last week", "over the
 * weekend", "two days ago") or to the date mentioned just before ("three days later").
 */
final class RelativeReader {

    private static final Map<String, DatePrecision> UNITS = Map.of(
            "day", DatePrecision.DAY, "days", DatePrecision.DAY,
            "week", DatePrecision.WEEK, "weeks", DatePrecision.WEEK,
            "month", DatePrecision.MONTH, "months", DatePrecision.MONTH);

    private final TimeLexicon lexicon;

    RelativeReader(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Reading read(ExpressionWords w, LocalDate published, LocalDate context) {
        Reading r = phrase(w, published, context);
        return r.recognised() ? r : counted(w, published, context);
    }

    /** The longest lexicon phrase in the expression decides. */
    private Reading phrase(ExpressionWords w, LocalDate published, LocalDate context) {
        Entry best = null;
        for (int i = 0; i < w.size(); i++) {
            for (int j = Math.min(w.size(), i + lexicon.longestPhrase()); j > i; j--) {
                Entry e = lexicon.get(w.phrase(i, j));
                if (e != null && isRelative(e.kind())
                        && (best == null || e.phrase().split(" ").length > best.phrase().split(" ").length)) {
                    best = e;
                }
            }
        }
        if (best == null) {
            return Reading.UNKNOWN;
        }
        String rule = best.phrase().replace(' ', '-');
        int n = best.number();
        return switch (best.kind()) {
            case DAY -> Reading.of(new ResolvedDate(published.plusDays(n), best.precision(), rule));
            case WEEK -> n > 0 ? Reading.REJECTED
                    : Reading.of(new ResolvedDate(CalendarMath.weekStart(published, n), DatePrecision.WEEK, rule));
            case WEEKEND -> Reading.of(new ResolvedDate(CalendarMath.weekendStart(published, n),
                    DatePrecision.WEEK, rule));
            case MONTH_REL -> Reading.of(new ResolvedDate(published.withDayOfMonth(1).plusMonths(n),
                    DatePrecision.MONTH, rule));
            case CONTEXT -> fromContext(context, published, n, DatePrecision.DAY, rule);
            default -> Reading.UNKNOWN;
        };
    }

    private static boolean isRelative(Kind k) {
        return k == Kind.DAY || k == Kind.WEEK || k == Kind.WEEKEND || k == Kind.MONTH_REL || k == Kind.CONTEXT;
    }

    /** "two days ago", "three days later", "a week earlier". */
    private Reading counted(ExpressionWords w, LocalDate published, LocalDate context) {
        for (int u = 1; u < w.size(); u++) {
            DatePrecision unit = UNITS.get(w.get(u));
            if (unit == null) {
                continue;
            }
            int n = count(w, u);
            String dir = w.get(u + 1);
            if (n <= 0 || dir.isEmpty()) {
                continue;
            }
            int days = unit == DatePrecision.DAY ? n : unit == DatePrecision.WEEK ? 7 * n : 0;
            if (dir.equals("ago")) {
                LocalDate d = unit == DatePrecision.MONTH ? published.minusMonths(n).withDayOfMonth(1)
                        : published.minusDays(days);
                return Reading.of(new ResolvedDate(d, unit, "ago"));
            }
            if (unit == DatePrecision.MONTH) {
                return Reading.REJECTED;
            }
            if (dir.equals("later")) {
                return fromContext(context, null, days, unit, "later");
            }
            if (dir.equals("earlier")) {
                return fromContext(context, published, -days, unit, "earlier");
            }
        }
        return Reading.UNKNOWN;
    }

    /** The count before the unit word: digits or a number word ("three", "a couple of"). */
    private int count(ExpressionWords w, int unitAt) {
        for (int len = 3; len >= 1; len--) {
            if (unitAt - len < 0) {
                continue;
            }
            Entry e = lexicon.get(w.phrase(unitAt - len, unitAt), Kind.NUMBER);
            if (e != null) {
                return e.number();
            }
        }
        int n = w.number(unitAt - 1);
        return n > 0 && n < 1000 ? n : -1;
    }

    /**
     * Counted from the date mentioned just before; a step back with nothing before it counts from
     * publication ("the previous day" in a one-line summary is the day before it).
     */
    private static Reading fromContext(LocalDate context, LocalDate published, int days, DatePrecision p,
                                       String rule) {
        if (context != null) {
            return Reading.of(new ResolvedDate(context.plusDays(days), p, rule + "-from-context"));
        }
        if (days < 0 && published != null) {
            return Reading.of(new ResolvedDate(published.plusDays(days), p, rule + "-from-publication"));
        }
        return Reading.REJECTED;
    }
}
