package org.sitrep.merging;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Claim;
import org.sitrep.model.Fatalities;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * low/best/high of a merged event from its distinct claims (codebook section 6, UCDP).
 *
 * <ul>
 * <li>The readings of the total: each report's own low/high (its coder already added figures
 * that cover different sides), and each distinct claim that its report took as a total, i.e.
 * a figure not below that report's low. A figure below it was a part ("47 of them soldiers")
 * and is not a rival total.</li>
 * <li>low is the smallest reading ("up to" figures bound only the high), high the largest:
 * contested and updated tolls stay side by side, never averaged.</li>
 * <li>best is the figure stated by the most independent sources, where a named claimant counts
 * once however many articles repeat it and an article's own figure counts once per article;
 * on a tie, the representative report's best. It is kept within [low, high].</li>
 * <li>civilians and children: the largest any report gives (each report derived them from the
 * victims of its own claims), never above high.</li>
 * </ul>
 */
final class TollRecomputation {

    Fatalities recompute(List<ReportedEvent> reports, List<SourcedClaim> claims, ReportedEvent representative) {
        Set<String> totals = new HashSet<>();
        Integer low = null;
        Integer high = null;
        for (ReportedEvent r : reports) {
            Fatalities f = r.event().fatalities();
            low = min(low, f.low());
            high = max(high, f.high() != null ? f.high() : f.low());
            for (Claim c : r.event().claims()) {
                if (c.killed() != null && (f.low() == null || c.killed() >= f.low())) {
                    totals.add(ClaimDeduplication.key(c));
                }
            }
        }
        Map<Integer, Integer> votes = new TreeMap<>();
        for (SourcedClaim sc : claims) {
            Claim c = sc.claim();
            if (!totals.contains(ClaimDeduplication.key(c))) {
                continue;
            }
            high = max(high, c.killed());
            if (c.qualifier() != Qualifier.UP_TO) {
                low = min(low, c.killed());
                int sources = c.claimant() == null ? sc.articleIds().size() : 1;
                votes.merge(c.killed(), sources, Integer::sum);
            }
        }
        for (ReportedEvent r : reports) {
            // a report with a toll but no claims (claims are optional in input) still votes
            Fatalities f = r.event().fatalities();
            if (r.event().claims().isEmpty() && f.best() != null) {
                votes.merge(f.best(), 1, Integer::sum);
            }
        }
        if (low == null) {
            return Fatalities.UNKNOWN;
        }
        Integer best = mostVoted(votes);
        if (best == null) {
            best = representative.event().fatalities().best();
        }
        if (best == null) {
            best = votes.isEmpty() ? low : votes.keySet().iterator().next();
        }
        best = Math.max(low, Math.min(high, best));
        Integer civilians = null;
        Integer children = null;
        for (ReportedEvent r : reports) {
            civilians = max(civilians, r.event().fatalities().civilians());
            children = max(children, r.event().fatalities().children());
        }
        return new Fatalities(low, best, high, cap(civilians, high), cap(children, high));
    }

    /** The figure with strictly the most votes, or null on a tie. */
    private static Integer mostVoted(Map<Integer, Integer> votes) {
        Integer best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static Integer cap(Integer x, Integer high) {
        return x == null || high == null ? x : Integer.valueOf(Math.min(x, high));
    }
}
