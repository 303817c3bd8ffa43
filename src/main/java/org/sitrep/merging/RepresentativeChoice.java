package org.sitrep.merging;

import java.util.Comparator;
import java.util.List;
import org.sitrep.model.ReportedEvent;

/**
 * The most informative report of a cluster, whose text anchors the merged event: the most
 * precise date, then the most precise place, then the most claims, then the smallest key.
 */
final class RepresentativeChoice {

    static final Comparator<ReportedEvent> MOST_INFORMATIVE_FIRST = Comparator
            .comparingInt((ReportedEvent r) -> datePrecisionRank(r))
            .thenComparingInt(RepresentativeChoice::placePrecisionRank)
            .thenComparing((ReportedEvent r) -> -r.event().claims().size())
            .thenComparing(ReportedEvent::key);

    ReportedEvent choose(List<ReportedEvent> cluster) {
        return cluster.stream().min(MOST_INFORMATIVE_FIRST).orElseThrow();
    }

    /** 0 for a day, 3 for a year, 4 for no date. */
    static int datePrecisionRank(ReportedEvent r) {
        var d = r.event().date();
        return d == null || d.date() == null || d.precision() == null ? 4 : d.precision().ordinal();
    }

    /** The geo-precision 1-4, 5 for no place. */
    static int placePrecisionRank(ReportedEvent r) {
        return r.event().location() == null ? 5 : r.event().location().precision();
    }
}
