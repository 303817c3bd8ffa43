package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the time stage reads once per report: its dateline (or null), the date its relative
 * expressions count from (publication, else a dated dateline, else null) and its usable time
 * expressions in text order.
 */
public record ReportTimes(Dateline dateline, LocalDate reference, List<TimeCandidate> candidates) {

    public ReportTimes {
        candidates = List.copyOf(candidates);
    }
}
