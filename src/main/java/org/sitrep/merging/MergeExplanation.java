package org.sitrep.merging;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * A plain-text account of a merged event for {@code sitrep explain-merge}: the merged values,
 * each report with its own values, the distinct claims with the articles that carry them, and
 * the link decision with its reasons for every pair of reports.
 */
public final class MergeExplanation {

    private final ReportMerger merger;

    public MergeExplanation() {
        this(new ReportMerger());
    }

    public MergeExplanation(ReportMerger merger) {
        this.merger = merger;
    }

    public String render(MergedEvent m) {
        StringBuilder out = new StringBuilder();
        Event e = m.event();
        out.append("merged event ").append(m.id()).append(": ").append(m.reports().size())
                .append(m.reports().size() == 1 ? " report" : " reports").append('\n');
        out.append("  ").append(summary(e)).append('\n');
        out.append("  actors: ").append(actors(e)).append('\n');
        out.append("  fatalities: ").append(toll(e.fatalities())).append('\n');
        out.append("\nreports (representative first: most precise date, then place, then most claims):\n");
        for (int i = 0; i < m.reports().size(); i++) {
            ReportedEvent r = m.reports().get(i);
            out.append(String.format("  %s %s  article %s%s%s\n", i == 0 ? "*" : "-", r.key(), r.article().id(),
                    r.article().published() == null ? "" : ", published " + r.article().published(),
                    r.article().title() == null ? "" : ", \"" + r.article().title() + "\""));
            out.append("      ").append(summary(r.event())).append('\n');
            out.append("      actors: ").append(actors(r.event())).append("; fatalities: ")
                    .append(toll(r.event().fatalities())).append('\n');
        }
        out.append("\nclaims:\n");
        if (m.claims().isEmpty()) {
            out.append("  (none)\n");
        }
        for (SourcedClaim c : m.claims()) {
            out.append("  - ").append(c.claim().claimant() == null ? "(the article itself)" : c.claim().claimant())
                    .append(": ").append(c.claim().killed() == null ? "no figure" : c.claim().killed())
                    .append(" (").append(c.claim().qualifier()).append(")")
                    .append(c.claim().victims() == null ? "" : " " + c.claim().victims())
                    .append(" - in ").append(String.join(", ", c.articleIds())).append('\n');
        }
        out.append("\nlinks:\n");
        List<ReportedEvent> rs = m.reports();
        if (rs.size() == 1) {
            out.append("  (a single report)\n");
        }
        for (int i = 0; i < rs.size(); i++) {
            for (int j = i + 1; j < rs.size(); j++) {
                Link l = merger.link(rs.get(i), rs.get(j));
                out.append("  ").append(l.keyA()).append(" ~ ").append(l.keyB()).append(": ")
                        .append(l.linked() ? "linked" : "not linked").append('\n');
                for (String reason : l.reasons()) {
                    out.append("      ").append(reason).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String summary(Event e) {
        return (e.subEventType() == null ? "unknown type" : e.subEventType().eventType() + " / " + e.subEventType())
                + (e.violenceType() == null ? "" : " (" + e.violenceType() + ")")
                + ", " + DateCompatibility.show(e.date()) + ", " + PlaceProximity.show(e.location());
    }

    private static String actors(Event e) {
        return side(e.actor1(), e.assocActor1()) + " vs " + side(e.actor2(), e.assocActor2());
    }

    private static String side(Actor main, List<Actor> assoc) {
        String name = main == null || main.name() == null ? "unknown" : main.name();
        return assoc.isEmpty() ? name
                : name + " (with " + assoc.stream().map(Actor::name).collect(Collectors.joining(", ")) + ")";
    }

    private static String toll(Fatalities f) {
        if (f.low() == null) {
            return "unknown";
        }
        return "low " + f.low() + ", best " + f.best() + ", high " + f.high()
                + (f.civilians() == null ? "" : ", civilians " + f.civilians())
                + (f.children() == null ? "" : ", children " + f.children());
    }
}
