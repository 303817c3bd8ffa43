package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    /** Words that close a region's name (cues.tsv class REGION_END). */
    private final Set<String> regionEnds;
    /** Words naming a settlement or area, under which a list of places stays a list (AREA). */
    private final Set<String> areaWords;

    PlaceSplitter(PlaceCues placeCues, Set<String> regionEnds, Set<String> areaWords) {
        this.placeCues = placeCues;
        this.regionEnds = Set.copyOf(regionEnds);
        this.areaWords = Set.copyOf(areaWords);
    }

    /** The coordinated places of the sentence (two or more), or an empty list. */
    List<EntityMention> coordinated(Doc doc, Sentence s) {
        return coordinated(doc, s, Set.of());
    }

    /**
     * @param eventHeads the sentence's trigger tokens: "fighting in X and Y" names an event
     *                   under the list, not a single site; when given, only a list that hangs
     *                   from a trigger (or the word it hangs from) splits, so "...; patrols were
     *                   placed in X and Y" beside an attack does not
     */
    List<EntityMention> coordinated(Doc doc, Sentence s, Set<Integer> eventHeads) {
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
                    && !route(s, heads.get(i)) && !oneName(s, group)
                    && !oneSite(s, heads.get(i), eventHeads)
                    && (eventHeads.isEmpty() || ofEvent(s, heads.get(i), eventHeads))) {
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

    /**
     * "Kohgiluyeh and Boyer-Ahmad province": a singular place word right after the last conjunct
     * makes the coordination part of one name ("Paktia and Kunar provinces" stays a list).
     */
    private boolean oneName(Sentence s, List<EntityMention> group) {
        int last = -1;
        for (EntityMention m : group) {
            for (Token t : s.tokens()) {
                if (m.span().contains(t.span())) {
                    last = Math.max(last, t.index());
                }
            }
        }
        if (last < 0 || last + 1 >= s.tokens().size()) {
            return false;
        }
        Token next = s.tokens().get(last + 1);
        return next.pos().equals("NN") && regionEnds.contains(next.lemma().toLowerCase());
    }

    /**
     * "attacked the battalion post in Cerro Alto, La Loma and Tapal": the places qualify one
     * singular thing (a post, a base), so they tell where one site lies, not several incidents.
     * A settlement word ("the region of X and Y") or a plural ("bombs in X and Y") keeps the list.
     */
    private boolean oneSite(Sentence s, int head, Set<Integer> eventHeads) {
        Dependency d = s.head(head);
        if (d == null || d.governor() < 0) {
            return false;
        }
        if (!d.relation().startsWith("nmod")) {
            // "the post located in X and Y": look through the participle to the noun
            Dependency up = s.head(d.governor());
            if (!d.relation().startsWith("obl") || up == null || up.governor() < 0
                    || !up.relation().startsWith("acl")
                    || !s.tokens().get(d.governor()).pos().equals("VBN")) {
                return false;
            }
            d = up;
        }
        Token gov = s.tokens().get(d.governor());
        return !eventHeads.contains(gov.index()) && gov.pos().equals("NN")
                && !areaWords.contains(gov.lemma().toLowerCase());
    }

    /** Whether the list hangs from a trigger, or from the word a trigger hangs from. */
    private static boolean ofEvent(Sentence s, int head, Set<Integer> eventHeads) {
        for (int t : eventHeads) {
            if (ParseTree.under(s, head, t)) {
                return true;
            }
            // "airstrikes hit X and Y", "hit X and Y, killing nine": the trigger's verb
            Dependency up = s.head(t);
            if (up != null && up.governor() >= 0 && ParseTree.under(s, head, up.governor())) {
                return true;
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
