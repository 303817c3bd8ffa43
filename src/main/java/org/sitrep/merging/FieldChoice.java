package org.sitrep.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.ReportedEvent;

/**
 * The merged type, violence type, date and place of a cluster. Each is a vote among the reports
 * with a fixed tie order, so the choice never depends on the order of the reports. A value taken
 * from a report other than the representative loses its source span: the merged event's spans
 * point into the representative's text only.
 */
final class FieldChoice {

    private final TypeCompatibility types;

    FieldChoice(TypeCompatibility types) {
        this.types = types;
    }

    /**
     * The most frequent sub-event type; on a tie the type the compatibility table prefers over
     * every other tied type, else the representative's, else the first in codebook order.
     */
    SubEventType type(List<ReportedEvent> reports, ReportedEvent rep) {
        Map<SubEventType, Integer> counts = new LinkedHashMap<>();
        for (ReportedEvent r : reports) {
            if (r.event().subEventType() != null) {
                counts.merge(r.event().subEventType(), 1, Integer::sum);
            }
        }
        List<SubEventType> tied = top(counts);
        if (tied.isEmpty()) {
            return rep.event().subEventType();
        }
        if (tied.size() == 1) {
            return tied.get(0);
        }
        for (SubEventType t : tied) {
            if (tied.stream().allMatch(o -> o == t || types.preferredOnTie(t, o).equals(Optional.of(t)))) {
                return t;
            }
        }
        if (tied.contains(rep.event().subEventType())) {
            return rep.event().subEventType();
        }
        return tied.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The most frequent violence type among the reports of the merged type; ties as for type. */
    ViolenceType violenceType(List<ReportedEvent> reports, ReportedEvent rep, SubEventType type) {
        Map<ViolenceType, Integer> counts = new LinkedHashMap<>();
        for (ReportedEvent r : reports) {
            if (r.event().subEventType() == type && r.event().violenceType() != null) {
                counts.merge(r.event().violenceType(), 1, Integer::sum);
            }
        }
        List<ViolenceType> tied = top(counts);
        if (tied.contains(rep.event().violenceType())) {
            return rep.event().violenceType();
        }
        return tied.stream().min(Comparator.naturalOrder()).orElse(rep.event().violenceType());
    }

    /**
     * The most precise date; among dates of that precision the most frequently reported, then
     * the earliest.
     */
    EventDate date(List<ReportedEvent> reports, ReportedEvent rep) {
        List<ReportedEvent> dated = reports.stream()
                .filter(r -> r.event().date() != null && r.event().date().date() != null
                        && r.event().date().precision() != null).toList();
        if (dated.isEmpty()) {
            return rep.event().date();
        }
        int finest = dated.stream().mapToInt(RepresentativeChoice::datePrecisionRank).min().getAsInt();
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (ReportedEvent r : dated) {
            if (RepresentativeChoice.datePrecisionRank(r) == finest) {
                counts.merge(r.event().date().date(), 1, Integer::sum);
            }
        }
        LocalDate chosen = top(counts).stream().min(Comparator.naturalOrder()).orElseThrow();
        ReportedEvent from = firstWith(reports, rep, r -> RepresentativeChoice.datePrecisionRank(r) == finest
                && r.event().date().date().equals(chosen));
        EventDate d = from.event().date();
        return from == rep ? d : new EventDate(d.date(), d.precision(), null, "merged from " + from.key()
                + (d.rule() == null ? "" : " (" + d.rule() + ")"));
    }

    /**
     * The most precise place; among places of that precision the most frequently reported,
     * then the representative's, then the one of the smallest key.
     */
    Location place(List<ReportedEvent> reports, ReportedEvent rep) {
        List<ReportedEvent> placed = reports.stream().filter(r -> r.event().location() != null).toList();
        if (placed.isEmpty()) {
            return null;
        }
        int finest = placed.stream().mapToInt(RepresentativeChoice::placePrecisionRank).min().getAsInt();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReportedEvent r : placed) {
            if (r.event().location().precision() == finest) {
                counts.merge(PlaceProximity.identity(r.event().location()), 1, Integer::sum);
            }
        }
        List<String> tied = top(counts);
        ReportedEvent from = firstWith(reports, rep, r -> r.event().location() != null
                && r.event().location().precision() == finest
                && tied.contains(PlaceProximity.identity(r.event().location())));
        Location l = from.event().location();
        return from == rep ? l : new Location(l.name(), l.geonamesId(), l.lat(), l.lon(), l.admin1(),
                l.countryCode(), l.country(), l.precision(), null);
    }

    /** The representative when it qualifies, else the qualifying report of the smallest key. */
    static ReportedEvent firstWith(List<ReportedEvent> reports, ReportedEvent rep,
                                   Predicate<ReportedEvent> test) {
        if (test.test(rep)) {
            return rep;
        }
        return reports.stream().filter(test).min(Comparator.comparing(ReportedEvent::key)).orElseThrow();
    }

    /** The values with the highest count, in first-seen order. */
    static <T> List<T> top(Map<T, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<T> out = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v == max) {
                out.add(k);
            }
        });
        return out;
    }
}
