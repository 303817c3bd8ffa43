package org.sitrep.merging;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;

/**
 * Where the store must look for events that may merge with a given one: the events of one
 * country whose date lies in the range given for their date's precision. The ranges are exactly
 * the dates the merger's date rule accepts, not a superset, because the rule differs by
 * precision: a month-precision partner is stored under the 1st of its month, up to 30 days
 * before the day it may contain, while a day partner must be within the day window. One
 * date range wide enough for all three would read, for every day report, a month of reports
 * that can never link. Type, place and actors are left to {@link ReportMerger#link}.
 *
 * @param countryCode upper case, as the store keeps it
 * @param ranges      one per precision a partner may have (day, week, month; never year)
 */
public record CandidateWindow(String countryCode, List<DateRange> ranges) {

    /** Partners of this precision have their (first) date in [from, to]. */
    public record DateRange(DatePrecision precision, LocalDate from, LocalDate to) {
        public DateRange {
            Objects.requireNonNull(precision, "precision");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("empty date range " + from + ".." + to);
            }
        }

        boolean contains(EventDate d) {
            return d.precision() == precision && !d.date().isBefore(from) && !d.date().isAfter(to);
        }
    }

    public CandidateWindow {
        Objects.requireNonNull(countryCode, "countryCode");
        ranges = List.copyOf(ranges);
    }

    /** True when e is in this window: same country, and a date in its precision's range. */
    public boolean contains(Event e) {
        EventDate d = e.date();
        if (e.location() == null || e.location().countryCode() == null
                || !countryCode.equals(e.location().countryCode().toUpperCase(Locale.ROOT))
                || d == null || d.date() == null) {
            return false;
        }
        return ranges.stream().anyMatch(r -> r.contains(d));
    }
}
