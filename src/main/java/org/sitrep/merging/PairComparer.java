package org.sitrep.merging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.model.Event;
import org.sitrep.model.ReportedEvent;

/**
 * Compares two reported events on every criterion (article, type, date, place, actors) and
 * links them only when all hold. For {@code explain-merge} every criterion is evaluated, so all
 * the evidence shows, not just the first failure; clustering stops at the first failure, the
 * cheap criteria coming first.
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

    /** Every criterion, for the reasons of a link. */
    Comparison compare(ReportedEvent x, ReportedEvent y) {
        return compare(x, y, true);
    }

    /** The verdict alone: stops at the first criterion that fails. */
    Comparison verdict(ReportedEvent x, ReportedEvent y) {
        return compare(x, y, false);
    }

    private Comparison compare(ReportedEvent x, ReportedEvent y, boolean all) {
        // canonical order: the reasons read the same whichever way round the caller asks
        ReportedEvent a = x.key().compareTo(y.key()) <= 0 ? x : y;
        ReportedEvent b = a == x ? y : x;
        Event ea = a.event();
        Event eb = b.event();
        String articleA = a.article().id();
        String articleB = b.article().id();
        List<Supplier<Criterion>> checks = List.of(
                () -> articleA.equals(articleB)
                        ? Criterion.of(false, "article", () -> "both from " + articleA
                                + ": an article's events are distinct by the coder's judgement")
                        : Criterion.of(true, "article", () -> articleA + " vs " + articleB + ": different reports"),
                () -> types.check(ea.subEventType(), eb.subEventType()),
                () -> dates.check(ea.date(), eb.date()),
                () -> places.check(ea.location(), eb.location()),
                () -> actors.check(ea, eb).criterion());
        List<Criterion> cs = new ArrayList<>(checks.size());
        boolean linked = true;
        for (Supplier<Criterion> check : checks) {
            Criterion c = check.get();
            cs.add(c);
            linked &= c.ok();
            if (!linked && !all) {
                break;
            }
        }
        if (!linked && !all) {
            return new Comparison(a.key(), b.key(), false, cs, false, Long.MAX_VALUE, 5, Double.POSITIVE_INFINITY);
        }
        long gap = DateCompatibility.mergeable(ea.date()) && DateCompatibility.mergeable(eb.date())
                ? DateCompatibility.gapDays(ea.date(), eb.date()) : Long.MAX_VALUE;
        int precision = ea.location() == null || eb.location() == null ? 5
                : Math.max(ea.location().precision(), eb.location().precision());
        Double km = PlaceProximity.km(ea.location(), eb.location());
        return new Comparison(a.key(), b.key(), linked, cs, ea.subEventType() == eb.subEventType(), gap, precision,
                km == null ? Double.POSITIVE_INFINITY : km);
    }
}
