package org.sitrep.merging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;

/**
 * Decides which reported events describe the same real-world event and builds their merged
 * record. Pure and deterministic: no I/O, and the result never depends on input order.
 */
public final class ReportMerger {

    /** The candidates to compare with {@code e}; empty when {@code e} can never be merged. */
    public Optional<CandidateWindow> window(Event e) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Symmetric: link(a, b) and link(b, a) agree. */
    public Link link(ReportedEvent a, ReportedEvent b) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Connected components of the link graph, each sorted by key, components by first key. */
    public List<List<ReportedEvent>> clusters(Collection<ReportedEvent> events) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The merged record of one cluster. */
    public MergedEvent merge(List<ReportedEvent> cluster) {
        throw new UnsupportedOperationException("not written yet");
    }
}
