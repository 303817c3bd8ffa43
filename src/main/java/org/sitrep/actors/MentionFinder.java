package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Finds the actor wordings of every sentence and ties each to its tokens. */
final class MentionFinder {

    private final ActorRegistry registry;
    private final Map<String, ActorCategory> orgHeads;

    MentionFinder(ActorRegistry registry) {
        this.registry = registry;
        Map<String, ActorCategory> heads = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(MentionFinder.class, "org-heads.tsv", 2, 2)) {
            try {
                heads.put(r.cell(0).toLowerCase(Locale.ROOT), ActorCategory.fromLabel(r.cell(1)));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        this.orgHeads = Map.copyOf(heads);
    }

    /** Mentions of each sentence, indexed like {@code doc.sentences()}. */
    List<List<ActorMention>> find(Doc doc) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<ActorMention> ms = new ArrayList<>(inSentence(doc.text(), s));
            List<ActorMention> orgs = organisations(doc, s, ms);
            // a recognised organisation outranks the country or common noun inside its name
            ms.removeIf(m -> orgs.stream().anyMatch(o -> o.span().overlaps(m.span())));
            ms.addAll(orgs);
            ms.sort(Comparator.comparing(ActorMention::span));
            out.add(List.copyOf(ms));
        }
        return out;
    }

    /**
     * Armed organisations the registry does not know, from NER: an ORGANIZATION whose last word
     * is an armed organisation's head noun ("... Freedom Front", "... Urban Command").
     */
    private List<ActorMention> organisations(Doc doc, Sentence s, List<ActorMention> known) {
        List<ActorMention> out = new ArrayList<>();
        for (EntityMention e : doc.entitiesIn(s.index())) {
            if (!e.type().equals("ORGANIZATION") || known.stream().anyMatch(m -> m.span().overlaps(e.span())
                    && m.target() instanceof Target.Named)) {
                continue;
            }
            String[] words = e.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            ActorCategory c = orgHeads.get(words[words.length - 1]);
            if (c == null || words.length < 2) {
                continue;
            }
            String name = e.text().strip().replaceFirst("^(?i)the\\s+", "");
            Target target = isArmyUnit(words) ? new Target.Generic(GenericKind.MILITARY)
                    : new Target.Named(new RegistryEntry(name, c, null, Set.of(), List.of(name), "", null));
            int first = s.tokenAt(e.span());
            int last = first;
            for (Token t : s.tokens()) {
                if (t.span().overlaps(e.span())) {
                    last = t.index();
                }
            }
            out.add(new ActorMention(e.span(), target, s.index(), first, last, head(s, first, last)));
        }
        return out;
    }

    /** "9th Infantry Brigade", "Atlacatl Battalion": units of a regular army, not armed groups. */
    private boolean isArmyUnit(String[] words) {
        if (words[0].matches("\\d+(st|nd|rd|th|d)")) {
            return true;
        }
        for (String w : words) {
            if (orgHeads.get(w) == ActorCategory.STATE_FORCES) {
                return true;
            }
        }
        return false;
    }

    List<ActorMention> inSentence(String text, Sentence s) {
        List<ActorMention> raw = new ArrayList<>();
        for (AliasIndex.Match m : registry.index().scan(text, s.span().start(), s.span().end())) {
            Span span = new Span(m.start(), m.end());
            int[] range = s.tokenRange(span);
            if (range != null) {
                int last = range[1] - 1;
                raw.add(new ActorMention(span, m.alias().target(), s.index(), range[0], last,
                        head(s, range[0], last)));
            }
        }
        return merge(text, s, raw);
    }

    /** The token of [first, last] whose head lies outside the range; the last such one. */
    private static int head(Sentence s, int first, int last) {
        int best = last;
        for (int i = last; i >= first; i--) {
            Dependency d = s.head(i);
            if (d == null || d.governor() < first || d.governor() > last) {
                return i;
            }
        }
        return best;
    }

    /**
     * Joins a name directly followed by a generic noun into one mention ("Boko Haram gunmen",
     * "Syrian rebels"): a named group keeps its name, a nationality before a force noun makes
     * that state's forces, and anything else keeps the generic noun.
     */
    private List<ActorMention> merge(String text, Sentence s, List<ActorMention> raw) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ActorMention a = raw.get(i);
            ActorMention b = i + 1 < raw.size() ? raw.get(i + 1) : null;
            if (b != null && b.target() instanceof Target.Generic g && !(a.target() instanceof Target.Generic)
                    && text.substring(a.span().end(), b.span().start()).matches("[\\s-]*")) {
                Target t = joined(a.target(), g.kind());
                out.add(new ActorMention(a.span().union(b.span()), t, s.index(), a.first(), b.last(), b.head()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private Target joined(Target name, GenericKind kind) {
        if (name instanceof Target.Named n && kind.isArmed() && kind != GenericKind.POLICE) {
            return name;
        }
        if (name instanceof Target.Country c && (kind == GenericKind.MILITARY || kind == GenericKind.POLICE)) {
            Branch b = kind == GenericKind.POLICE ? Branch.POLICE : Branch.MILITARY;
            return registry.stateForces(c.code(), b).<Target>map(Target.Named::new).orElse(new Target.Generic(kind));
        }
        return new Target.Generic(kind);
    }
}
