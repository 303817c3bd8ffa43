package org.sitrep.merging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * Decides which reported events describe the same real-world event and builds their merged
 * record. Pure and deterministic: no I/O, and the result never depends on input order.
 *
 * <p>Two reports link when they come from different articles and agree on type, date, place
 * and actors (see {@link #link}); clusters are groups whose members all link pairwise (see
 * {@link CompleteLinkClustering} for why not connected components). An event without a date,
 * with only a year, or without a country is never merged: {@link #window} is empty for it and it
 * stays an event of its own.
 */
public final class ReportMerger {

    private final PairComparer comparer;
    private final CompleteLinkClustering clustering;
    private final FieldChoice fields;
    private final RepresentativeChoice representatives = new RepresentativeChoice();
    private final ClaimDeduplication claims = new ClaimDeduplication();
    private final TollRecomputation tolls = new TollRecomputation();
    private final ActorMerge actors = new ActorMerge();

    /** The codebook's limits and type table. */
    public ReportMerger() {
        this(MergeLimits.DEFAULT);
    }

    public ReportMerger(MergeLimits limits) {
        TypeCompatibility types = new TypeCompatibility();
        this.comparer = new PairComparer(types, limits);
        this.clustering = new CompleteLinkClustering(comparer);
        this.fields = new FieldChoice(types);
    }

    /**
     * The candidates to compare with {@code e}; empty when {@code e} can never be merged. The
     * window holds exactly the events of e's country whose date the date rule accepts (see
     * {@link CandidateWindow}): every event link could accept is in it.
     */
    public Optional<CandidateWindow> window(Event e) {
        EventDate d = e.date();
        if (!DateCompatibility.mergeable(d) || !PlaceProximity.mergeable(e.location())) {
            return Optional.empty();
        }
        return Optional.of(new CandidateWindow(e.location().countryCode().toUpperCase(Locale.ROOT),
                comparer.dates().partnerRanges(d)));
    }

    /**
     * Symmetric: link(a, b) equals link(b, a), keys in canonical (ascending) order. Linked only
     * when every criterion holds; each gives one reason line.
     */
    public Link link(ReportedEvent a, ReportedEvent b) {
        return comparer.compare(a, b).link();
    }

    /**
     * Every event connected to the seeds through links: the set the store must re-cluster when
     * the seeds are added (or, for a removed article, when its former partners lose it) for the
     * result to be the same whatever order articles were ingested in. {@code candidates} answers
     * a window with the stored events in it (the seeds among them or not). Sorted by key.
     */
    public List<ReportedEvent> component(Collection<ReportedEvent> seeds,
                                         Function<CandidateWindow, Collection<ReportedEvent>> candidates) {
        Map<String, ReportedEvent> found = new TreeMap<>();
        Deque<ReportedEvent> frontier = new ArrayDeque<>();
        for (ReportedEvent s : seeds) {
            if (found.putIfAbsent(s.key(), s) == null) {
                frontier.add(s);
            }
        }
        while (!frontier.isEmpty()) {
            ReportedEvent e = frontier.poll();
            Optional<CandidateWindow> w = window(e.event());
            if (w.isEmpty()) {
                continue;
            }
            for (ReportedEvent c : candidates.apply(w.get())) {
                if (!found.containsKey(c.key()) && comparer.verdict(e, c).linked()) {
                    found.put(c.key(), c);
                    frontier.add(c);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Groups of pairwise-linked events, each sorted by key, groups by first key. Clustering a
     * set made of whole {@link #component}s gives each component the same groups as clustering
     * it alone.
     */
    public List<List<ReportedEvent>> clusters(Collection<ReportedEvent> events) {
        return clustering.clusters(events);
    }

    /**
     * The merged record of one cluster (any order; keys must be distinct). The merged event's
     * article id, triggers and evidence are the representative's; its claims are the distinct
     * claims of all reports, each claim's evidence pointing into the text of the first article
     * of its {@link SourcedClaim#articleIds()}; values taken from another report than the
     * representative (date, place, actors) carry no source span.
     */
    public MergedEvent merge(List<ReportedEvent> cluster) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("cannot merge an empty cluster");
        }
        Set<String> keys = new HashSet<>();
        for (ReportedEvent r : cluster) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("reported event key given twice: " + r.key());
            }
        }
        ReportedEvent rep = representatives.choose(cluster);
        List<ReportedEvent> reports = new ArrayList<>(cluster);
        reports.sort(Comparator.comparing((ReportedEvent r) -> r != rep).thenComparing(ReportedEvent::key));
        SubEventType type = fields.type(reports, rep);
        List<SourcedClaim> distinct = claims.deduplicate(reports);
        Fatalities fatalities = tolls.recompute(reports, distinct, rep);
        ActorMerge.Sides sides = actors.merge(reports, rep);
        Event r = rep.event();
        Event merged = new Event(r.articleId(), type, fields.violenceType(reports, rep, type), r.triggers(),
                r.evidence(), fields.date(reports, rep), fields.place(reports, rep), sides.actor1(),
                sides.assoc1(), sides.actor2(), sides.assoc2(), fatalities,
                distinct.stream().map(SourcedClaim::claim).toList());
        return new MergedEvent(MergedId.of(cluster), merged, distinct, reports);
    }
}
