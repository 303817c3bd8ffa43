package org.sitrep.merging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Claim;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * The distinct claims of a cluster (codebook section 6): the same claimant stating the same
 * figure with the same qualifier in several reports is one claim carried by several articles
 * (usually one wire story reprinted); the same figure from different claimants stays two claims,
 * because two sources agreeing is itself evidence. Claimants compare case-, accent- and
 * punctuation-insensitively, without a leading "the".
 */
final class ClaimDeduplication {

    /** Claims in a stable order: by claimant, then figure (vague last), then qualifier. */
    static final Comparator<SourcedClaim> ORDER = Comparator
            .comparing((SourcedClaim c) -> claimantKey(c.claim().claimant()))
            .thenComparing(c -> c.claim().killed(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.claim().qualifier(), Comparator.nullsLast(Comparator.naturalOrder()));

    List<SourcedClaim> deduplicate(List<ReportedEvent> reports) {
        Map<String, Claim> first = new TreeMap<>();
        Map<String, String> firstArticle = new TreeMap<>();
        Map<String, TreeSet<String>> articles = new TreeMap<>();
        for (ReportedEvent r : reports) {
            String article = r.article().id();
            for (Claim c : r.event().claims()) {
                String key = key(c);
                articles.computeIfAbsent(key, k -> new TreeSet<>()).add(article);
                // the claim as the first article (by id) reports it, so its evidence span
                // points into articleIds.get(0)'s text whatever order the reports came in
                String had = firstArticle.get(key);
                if (had == null || article.compareTo(had) < 0) {
                    first.put(key, c);
                    firstArticle.put(key, article);
                }
            }
        }
        List<SourcedClaim> out = new ArrayList<>();
        for (Map.Entry<String, Claim> e : first.entrySet()) {
            out.add(new SourcedClaim(e.getValue(), new ArrayList<>(articles.get(e.getKey()))));
        }
        out.sort(ORDER);
        return out;
    }

    static String key(Claim c) {
        return claimantKey(c.claimant()) + "\u0000" + c.killed() + "\u0000" + c.qualifier();
    }

    /** The normalised claimant; "" for the article's own authority. */
    static String claimantKey(String claimant) {
        if (claimant == null) {
            return "";
        }
        String s = Normalizer.normalize(claimant, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
