package org.sitrep.merging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ReportedEvent;

/**
 * The merged actors of a cluster, per side: the most frequently named actor, where a named
 * actor beats the "Unidentified" placeholder however often that was reported (a later report
 * naming the group is more informative); ties go to the representative's, then alphabetical.
 * Battle reports whose sides come the other way round than the representative's are turned
 * first. Associated actors are the union over the reports, the representative's first.
 */
final class ActorMerge {

    /** Both sides of the merged event. */
    record Sides(Actor actor1, List<Actor> assoc1, Actor actor2, List<Actor> assoc2) {
    }

    /** One report's sides, turned to the representative's orientation. */
    private record Aligned(ReportedEvent report, Actor main1, List<Actor> assoc1, Actor main2, List<Actor> assoc2) {
    }

    private final ActorCompatibility compatibility = new ActorCompatibility();

    Sides merge(List<ReportedEvent> reports, ReportedEvent rep) {
        List<Aligned> aligned = new ArrayList<>();
        // representative first, then by key: the order ties and associated actors follow
        List<ReportedEvent> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing((ReportedEvent r) -> r != rep).thenComparing(ReportedEvent::key));
        for (ReportedEvent r : ordered) {
            var e = r.event();
            boolean swap = r != rep && compatibility.check(rep.event(), e).swapped();
            aligned.add(swap ? new Aligned(r, e.actor2(), e.assocActor2(), e.actor1(), e.assocActor1())
                    : new Aligned(r, e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2()));
        }
        Actor a1 = main(aligned, rep, true);
        Actor a2 = main(aligned, rep, false);
        return new Sides(a1, assoc(aligned, rep, true, a1), a2, assoc(aligned, rep, false, a2));
    }

    private static Actor main(List<Aligned> aligned, ReportedEvent rep, boolean first) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Actor> as = new LinkedHashMap<>();
        for (boolean placeholders : new boolean[] {false, true}) {
            for (Aligned a : aligned) {
                Actor x = first ? a.main1() : a.main2();
                if (x == null || x.name() == null || x.name().isBlank()
                        || ActorCompatibility.unknown(x) != placeholders) {
                    continue;
                }
                String k = ActorCompatibility.normalised(x.name());
                counts.merge(k, 1, Integer::sum);
                as.putIfAbsent(k, a.report() == rep ? x : withoutSpan(x));
            }
            if (!counts.isEmpty()) {
                break;
            }
        }
        List<String> tied = FieldChoice.top(counts);
        if (tied.isEmpty()) {
            return null;
        }
        // the representative's actor, when tied, was met first (aligned starts with it)
        Actor repActor = first ? aligned.get(0).main1() : aligned.get(0).main2();
        if (repActor != null && repActor.name() != null && tied.contains(ActorCompatibility.normalised(repActor.name()))) {
            return as.get(ActorCompatibility.normalised(repActor.name()));
        }
        return tied.stream().min(Comparator.naturalOrder()).map(as::get).orElseThrow();
    }

    private static List<Actor> assoc(List<Aligned> aligned, ReportedEvent rep, boolean first, Actor main) {
        Map<String, Actor> out = new LinkedHashMap<>();
        String mainKey = main == null || main.name() == null ? null : ActorCompatibility.normalised(main.name());
        for (Aligned a : aligned) {
            List<Actor> side = new ArrayList<>(first ? a.assoc1() : a.assoc2());
            Actor other = first ? a.main1() : a.main2();
            // a report's main actor that lost the vote is still on that side
            if (other != null && !ActorCompatibility.unknown(other)) {
                side.add(other);
            }
            for (Actor x : side) {
                if (x == null || ActorCompatibility.unknown(x)) {
                    continue;
                }
                String k = ActorCompatibility.normalised(x.name());
                if (!k.equals(mainKey)) {
                    out.putIfAbsent(k, a.report() == rep ? x : withoutSpan(x));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Actor withoutSpan(Actor a) {
        return new Actor(a.name(), a.type(), a.countryCode(), null);
    }
}
