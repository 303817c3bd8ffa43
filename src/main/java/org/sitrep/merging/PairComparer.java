package org.sitrep.merging;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.ReportedEvent;

/**
 * Compares two reported events on every criterion (article, type, date, place, actors) and
 * links them only when all hold. Every criterion is evaluated and gives its reason line, so
 * {@code explain-merge} shows all the evidence, not just the first failure.
 */
final class PairComparer {

    private final TypeCompatibility types;
    private final DateCompatibility dates;
    private final PlaceProximity places;
    private final ActorCompatibility actors = new ActorCompatibility();

    PairComparer(TypeCompatibility types, MergeLimits limits) {
        this.types = types;
        this.dates = new DateCompatibility(limits.dayWindow());
        this.places = new PlaceProximity(limits.kmExact(), limits.kmNear());
    }

    DateCompatibility dates() {
        return dates;
    }

    Comparison compare(ReportedEvent x, ReportedEvent y) {
        // canonical order: the reasons read the same whichever way round the caller asks
        ReportedEvent a = x.key().compareTo(y.key()) <= 0 ? x : y;
        ReportedEvent b = a == x ? y : x;
        Event ea = a.event();
        Event eb = b.event();
        List<Criterion> cs = new ArrayList<>();
        String articleA = a.article().id();
        String articleB = b.article().id();
        cs.add(articleA.equals(articleB)
                ? Criterion.of(false, "article", "both from " + articleA + ": an article's events are distinct by the coder's judgement")
                : Criterion.of(true, "article", articleA + " vs " + articleB + ": different reports"));
        cs.add(types.check(ea.subEventType(), eb.subEventType()));
        Criterion date = dates.check(ea.date(), eb.date());
        cs.add(date);
        cs.add(places.check(ea.location(), eb.location()));
        cs.add(actors.check(ea, eb).criterion());
        boolean linked = cs.stream().allMatch(Criterion::ok);
        Link link = new Link(a.key(), b.key(), linked, cs.stream().map(Criterion::reason).toList());
        long gap = DateCompatibility.mergeable(ea.date()) && DateCompatibility.mergeable(eb.date())
                ? DateCompatibility.gapDays(ea.date(), eb.date()) : Long.MAX_VALUE;
        int precision = ea.location() == null || eb.location() == null ? 5
                : Math.max(ea.location().precision(), eb.location().precision());
        Double km = PlaceProximity.km(ea.location(), eb.location());
        return new Comparison(link, ea.subEventType() == eb.subEventType(), gap, precision,
                km == null ? Double.POSITIVE_INFINITY : km);
    }
}
