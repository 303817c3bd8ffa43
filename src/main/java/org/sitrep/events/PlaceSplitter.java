package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Codebook: one event per place. A sentence that coordinates places ("airstrikes in Sanaa and
 * Al Jawf", "in Paktia, Paktika and Kunar") reports one event in each; this finds those places.
 * Only coordination in the parse counts, so "from Quetta to Peshawar" or "Goma, in North Kivu"
 * (a place and the region containing it) stay one event.
 */
final class PlaceSplitter {

    private final PlaceCues placeCues;

    PlaceSplitter(PlaceCues placeCues) {
        this.placeCues = placeCues;
    }

    /** The coordinated places of the sentence (two or more), or an empty list. */
    List<EntityMention> coordinated(Doc doc, Sentence s) {
        List<EntityMention> locs = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        int dateline = PlaceCues.datelineEnd(doc);
        for (EntityMention m : doc.entitiesIn(s.index())) {
            if (m.type().equals("LOCATION") && m.span().start() >= dateline
                    && !placeCues.isCountry(m.text())) {
                int h = head(s, m);
                if (h >= 0) {
                    locs.add(m);
                    heads.add(h);
                }
            }
        }
        List<EntityMention> best = List.of();
        for (int i = 0; i < locs.size(); i++) {
            List<EntityMention> group = new ArrayList<>();
            group.add(locs.get(i));
            for (int j = 0; j < locs.size(); j++) {
                if (j != i && conjOf(s, heads.get(j), heads.get(i))) {
                    group.add(locs.get(j));
                }
            }
            if (group.size() >= 2 && group.size() > best.size() && coordinator(s, group)
                    && !route(s, heads.get(i))) {
                best = group;
            }
        }
        return best;
    }

    /**
     * A comma alone is often a place and its region ("Narena, Koulikoro Region") that the parser
     * reads as coordination: an "and"/"or" must join the list.
     */
    private static boolean coordinator(Sentence s, List<EntityMention> group) {
        for (EntityMention m : group) {
            int h = head(s, m);
            for (Dependency d : s.children(h)) {
                String w = s.tokens().get(d.dependent()).lemma().toLowerCase();
                if (d.relation().equals("cc") && (w.equals("and") || w.equals("or"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "between X and Y", "from X to Y": one stretch of road, not two places. */
    private static boolean route(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String w = s.tokens().get(d.dependent()).lemma().toLowerCase();
            if (d.relation().equals("case") && (w.equals("between") || w.equals("from"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token b is coordinated under token a ("Sanaa and Al Jawf": conj(Sanaa, Jawf)). */
    private static boolean conjOf(Sentence s, int b, int a) {
        Dependency d = s.head(b);
        return d != null && d.governor() == a && d.relation().equals("conj");
    }

    /** The entity's token whose head lies outside it. */
    private static int head(Sentence s, EntityMention m) {
        for (Token t : s.tokens()) {
            if (!m.span().contains(t.span())) {
                continue;
            }
            Dependency d = s.head(t.index());
            if (d == null || d.governor() < 0
                    || !m.span().contains(s.tokens().get(d.governor()).span())) {
                return t.index();
            }
        }
        return -1;
    }
}
