package org.sitrep.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.ReportedEvent;

/**
 * Groups reported events so that every two members of a group are linked (complete link).
 *
 * <p>Why not the connected components of the link graph: links chain. A report placed only at
 * country level (precision 4) links to an air strike in the north and to one in the south of
 * that country, and a town shelled every day links each day to the next; components would
 * fuse those into one event. Here linked pairs are taken closest first (same type, then fewest
 * days apart, then finer places, then fewest kilometres) and two groups join only when every
 * pair across them is linked. The pair order is a total order on content and keys, so the
 * result never depends on the order the events arrive in. The price: reports whose dates
 * drift further than the window across a cluster (day 1 and day 4 with a 2-day window) split,
 * even when a report of day 2 or 3 links each of them.
 *
 * <p>Only pairs that can link are compared: events are grouped by country and scanned in date
 * order, so the work grows with the reports of each country and month, not with all pairs.
 */
final class CompleteLinkClustering {

    private final PairComparer comparer;

    CompleteLinkClustering(PairComparer comparer) {
        this.comparer = comparer;
    }

    List<List<ReportedEvent>> clusters(Collection<ReportedEvent> events) {
        Map<String, ReportedEvent> byKey = new TreeMap<>();
        for (ReportedEvent e : events) {
            if (byKey.put(e.key(), e) != null) {
                throw new IllegalArgumentException("reported event key given twice: " + e.key());
            }
        }
        // index i is the i-th smallest key, so groups found in index order come out by first key
        List<ReportedEvent> sorted = new ArrayList<>(byKey.values());
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).key(), i);
        }
        List<Comparison> links = linkedPairs(sorted);
        links.sort(Comparison.CLOSEST_FIRST);
        Set<Long> linked = new HashSet<>();
        int[][] ends = new int[links.size()][];
        for (int k = 0; k < links.size(); k++) {
            int a = index.get(links.get(k).keyA());
            int b = index.get(links.get(k).keyB());
            ends[k] = new int[] {a, b};
            linked.add(pair(a, b, sorted.size()));
        }
        List<List<Integer>> groupOf = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            groupOf.add(new ArrayList<>(List.of(i)));
        }
        for (int[] e : ends) {
            List<Integer> ga = groupOf.get(e[0]);
            List<Integer> gb = groupOf.get(e[1]);
            if (ga != gb && allLinked(ga, gb, linked, sorted.size())) {
                ga.addAll(gb);
                for (int k : gb) {
                    groupOf.set(k, ga);
                }
            }
        }
        List<List<ReportedEvent>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            List<Integer> g = groupOf.get(i);
            if (g.stream().mapToInt(Integer::intValue).min().getAsInt() == i) {
                out.add(g.stream().sorted().map(sorted::get).toList());
            }
        }
        return out;
    }

    private static boolean allLinked(List<Integer> ga, List<Integer> gb, Set<Long> linked, int n) {
        for (int a : ga) {
            for (int b : gb) {
                if (!linked.contains(pair(a, b, n))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long pair(int a, int b, int n) {
        return a < b ? (long) a * n + b : (long) b * n + a;
    }

    /** The linked pairs, comparing only events of one country whose periods are near. */
    private List<Comparison> linkedPairs(Collection<ReportedEvent> events) {
        Map<String, List<ReportedEvent>> byCountry = new TreeMap<>();
        for (ReportedEvent e : events) {
            if (DateCompatibility.mergeable(e.event().date()) && PlaceProximity.mergeable(e.event().location())) {
                byCountry.computeIfAbsent(e.event().location().countryCode().toUpperCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(e);
            }
        }
        int widest = comparer.dates().widestGap();
        List<Comparison> out = new ArrayList<>();
        for (List<ReportedEvent> country : byCountry.values()) {
            country.sort(Comparator.comparing((ReportedEvent e) -> e.event().date().date()).thenComparing(ReportedEvent::key));
            for (int i = 0; i < country.size(); i++) {
                ReportedEvent a = country.get(i);
                LocalDate last = DateCompatibility.lastDay(a.event().date()).plusDays(widest);
                for (int j = i + 1; j < country.size() && !country.get(j).event().date().date().isAfter(last); j++) {
                    Comparison c = comparer.verdict(a, country.get(j));
                    if (c.linked()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
