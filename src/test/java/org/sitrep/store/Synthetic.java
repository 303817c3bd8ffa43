package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.Span;

/**
 * Coded events built directly, for store tests that need many reports quickly (no NLP): an
 * article of incident k reports an attack at a place of its own on a day of its own.
 */
final class Synthetic {

    private Synthetic() {
    }

    static SourceArticle article(String id, String text) {
        return new SourceArticle(id, LocalDate.of(2025, 3, 3), "Report " + id, null, TextHash.of(text));
    }

    /**
     * One attack event. The reports of one incident share its place and day; incidents are a
     * day apart and half a degree of latitude (55 km) apart, so never linked.
     */
    static Event attack(String articleId, int incident, int killed) {
        return event(articleId, SubEventType.ATTACK, "ML", 10.0 + (incident % 40) * 0.5, -8.0,
                LocalDate.of(2025, 3, 1).plusDays(incident), killed);
    }

    static Event event(String articleId, SubEventType type, String country, double lat, double lon,
                       LocalDate date, int killed) {
        return event(articleId, type, country, lat, lon, new EventDate(date, DatePrecision.DAY, null, null), killed);
    }

    /** An event dated with any precision ({@code date} the first day of its period). */
    static Event event(String articleId, SubEventType type, String country, double lat, double lon,
                       EventDate date, int killed) {
        Span sentence = new Span(0, 40);
        Claim claim = new Claim("officials", killed, Qualifier.EXACT, "people", sentence);
        return new Event(articleId, type, null, List.of(new Span(5, 12)), List.of(sentence),
                date,
                new Location("Place " + lat, null, lat, lon, null, country, null, 1, new Span(20, 25)),
                null, List.of(), null, List.of(), new Fatalities(killed, killed, killed, null, null),
                List.of(claim));
    }

    /** Articles 0..n-1, three reports per incident, with their events. */
    static List<Report> batch(int n) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("syn-%04d", i);
            int incident = i / 3;
            out.add(new Report(article(id, "text of " + id), List.of(attack(id, incident, 10 + i % 3))));
        }
        return out;
    }

    /** What the merger makes of these reports in one go: merged id to its report keys. */
    static Map<String, List<String>> expectedMerges(List<Report> reports) {
        List<ReportedEvent> all = new ArrayList<>();
        for (Report r : reports) {
            all.add(new ReportedEvent(ReportedEvent.keyOf(r.article().id(), 0), r.article(),
                    Payloads.stored(r.events().get(0))));
        }
        ReportMerger merger = new ReportMerger();
        Map<String, List<String>> out = new TreeMap<>();
        for (List<ReportedEvent> cluster : merger.clusters(all)) {
            MergedEvent m = merger.merge(cluster);
            out.put(m.id(), m.reports().stream().map(ReportedEvent::key).sorted().toList());
        }
        return out;
    }

    /** The store's merged events: merged id to its report keys. */
    static Map<String, List<String>> mergedSnapshot(EventStore store) {
        Map<String, List<String>> out = new TreeMap<>();
        store.forEachMerged(EventFilter.ALL, m -> out.put(m.id(),
                m.reports().stream().map(ReportedEvent::key).sorted().toList()));
        return out;
    }

    record Report(SourceArticle article, List<Event> events) {
    }
}
