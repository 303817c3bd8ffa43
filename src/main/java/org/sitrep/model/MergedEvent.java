package org.sitrep.model;

import java.util.List;

/**
 * One real-world event as the store keeps it: the reports of it merged into one record.
 *
 * @param id      deterministic identity: the same set of reports gives the same id whatever
 *                order they were ingested in
 * @param event   the merged field values (type, date, place, actors, fatalities recomputed from
 *                the claims); its {@code articleId}, triggers and evidence are those of the
 *                representative report, {@code reports.get(0)}
 * @param claims  every distinct claim across the reports, with the articles that carry it
 * @param reports the article events merged into this one, representative first, then by key
 */
public record MergedEvent(String id, Event event, List<SourcedClaim> claims,
                          List<ReportedEvent> reports) {

    public MergedEvent {
        claims = List.copyOf(claims);
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one report");
        }
    }
}
