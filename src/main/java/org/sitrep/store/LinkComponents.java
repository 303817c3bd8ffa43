package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.merging.CandidateWindow;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.ReportedEvent;

/**
 * The connected components of the merger's link graph over a set of reported events. Only pairs
 * inside one event's candidate window are compared (the merger guarantees linked pairs are), so
 * the work grows with the events of each country and week, not with all pairs.
 *
 * <p>{@link ReportMerger#component} finds a component by walking candidate windows from seeds,
 * one window query per event reached; the store instead keeps each event's component in a
 * column, loads the touched components whole, and needs only this in-memory split of them.
 */
final class LinkComponents {

    private final ReportMerger merger;

    LinkComponents(ReportMerger merger) {
        this.merger = merger;
    }

    /** The components, each sorted by key, components by their smallest key. */
    List<List<ReportedEvent>> of(Collection<ReportedEvent> events) {
        Map<String, ReportedEvent> byKey = new TreeMap<>();
        events.forEach(e -> byKey.put(e.key(), e));
        Map<String, String> parent = new HashMap<>();
        byKey.keySet().forEach(k -> parent.put(k, k));
        // events that can merge at all (a window), by their country and date precision, by date:
        // each range of a window is then one binary search and a scan, as in the store's query
        Map<String, List<ReportedEvent>> byCountryAndPrecision = new HashMap<>();
        Map<String, CandidateWindow> windows = new TreeMap<>();
        for (ReportedEvent e : byKey.values()) {
            Optional<CandidateWindow> w = merger.window(e.event());
            if (w.isPresent()) {
                windows.put(e.key(), w.get());
                byCountryAndPrecision.computeIfAbsent(w.get().countryCode() + " " + e.event().date().precision(),
                        k -> new ArrayList<>()).add(e);
            }
        }
        Comparator<ReportedEvent> byDate = Comparator.comparing(LinkComponents::date);
        byCountryAndPrecision.values().forEach(l -> l.sort(byDate));
        for (Map.Entry<String, CandidateWindow> entry : windows.entrySet()) {
            ReportedEvent a = byKey.get(entry.getKey());
            CandidateWindow w = entry.getValue();
            for (CandidateWindow.DateRange range : w.ranges()) {
                List<ReportedEvent> inScope = byCountryAndPrecision.getOrDefault(
                        w.countryCode() + " " + range.precision(), List.of());
                for (int i = firstOnOrAfter(inScope, range.from()); i < inScope.size()
                        && !date(inScope.get(i)).isAfter(range.to()); i++) {
                    ReportedEvent b = inScope.get(i);
                    if (a.key().compareTo(b.key()) < 0 && !find(parent, a.key()).equals(find(parent, b.key()))
                            && merger.link(a, b).linked()) {
                        union(parent, a.key(), b.key());
                    }
                }
            }
        }
        Map<String, List<ReportedEvent>> components = new TreeMap<>();
        for (ReportedEvent e : byKey.values()) {
            components.computeIfAbsent(find(parent, e.key()), k -> new ArrayList<>()).add(e);
        }
        List<List<ReportedEvent>> out = new ArrayList<>(components.values());
        out.sort(Comparator.comparing(c -> c.get(0).key()));
        return out;
    }

    private static LocalDate date(ReportedEvent e) {
        return e.event().date().date();
    }

    private static int firstOnOrAfter(List<ReportedEvent> sorted, LocalDate from) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (date(sorted.get(mid)).isBefore(from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String find(Map<String, String> parent, String k) {
        String root = k;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(k).equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        // the smaller key becomes the root, though nothing depends on which
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
