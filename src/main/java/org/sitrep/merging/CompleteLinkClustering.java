package org.sitrep.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * order, so the work grows with the reports of each country and week, not with all pairs.
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
        List<Comparison> links = linkedPairs(byKey.values());
        links.sort(Comparison.CLOSEST_FIRST);
        Set<String> linked = new HashSet<>();
        for (Comparison c : links) {
            linked.add(pair(c.link().keyA(), c.link().keyB()));
        }
        Map<String, List<String>> groupOf = new HashMap<>();
        for (String key : byKey.keySet()) {
            groupOf.put(key, new ArrayList<>(List.of(key)));
        }
        for (Comparison c : links) {
            List<String> ga = groupOf.get(c.link().keyA());
            List<String> gb = groupOf.get(c.link().keyB());
            if (ga != gb && allLinked(ga, gb, linked)) {
                ga.addAll(gb);
                for (String k : gb) {
                    groupOf.put(k, ga);
                }
            }
        }
        List<List<ReportedEvent>> out = new ArrayList<>();
        Set<List<String>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String key : byKey.keySet()) {
            List<String> g = groupOf.get(key);
            if (seen.add(g)) {
                out.add(g.stream().sorted().map(byKey::get).toList());
            }
        }
        // byKey iterates in key order and each group is first met at its smallest key
        return out;
    }

    private static boolean allLinked(List<String> ga, List<String> gb, Set<String> linked) {
        for (String a : ga) {
            for (String b : gb) {
                if (!linked.contains(pair(a, b))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
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
                    Comparison c = comparer.compare(a, country.get(j));
                    if (c.link().linked()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
