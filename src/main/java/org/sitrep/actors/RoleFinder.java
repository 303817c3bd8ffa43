package org.sitrep.actors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/**
 * Reads who acted and who was acted upon from the dependency parse around a trigger token:
 * the agent of the trigger (subject of an active verb, "by X" of a passive, "X's attack",
 * "RSF attack", "Israeli strikes") and its patient (object, passive subject, "attack on X",
 * "killed N soldiers"), plus the symmetric "clashes between X and Y" / "X and Y fought".
 */
final class RoleFinder {

    private static final Set<String> AGENT_CASES = Set.of("by");
    private static final Set<String> PATIENT_CASES = Set.of("on", "against", "targeting", "upon", "with", "into",
            "at", "near");
    private static final Set<String> CLIMB = Set.of("obj", "xcomp", "advcl", "conj", "ccomp", "nsubj", "nsubj:pass", "obl");
    private static final Set<String> DESCEND = Set.of("compound", "amod", "nmod", "appos", "flat", "nmod:poss",
            "det", "nummod");
    private static final Set<String> SYMMETRIC = Set.of("clash", "fight", "battle", "skirmish", "exchange",
            "fighting", "confrontation");
    /** Verbs whose object is a victim, the surest first: those killed outrank those targeted. */
    private static final List<List<String>> HARM_VERBS = List.of(
            List.of("kill", "wound", "injure", "massacre", "murder", "execute", "shoot", "abduct", "kidnap"),
            List.of("target", "attack", "ambush", "capture", "arrest", "hit", "strike"));
    /** Prepositions of a noun that names the incident itself: "killed in an RSF attack". */
    private static final Set<String> EVENT_CASES = Set.of("in", "during", "by", "after", "from", "amid");

    private final Set<String> incidentNouns;

    /** @param incidentNouns lemmas of nouns that name an incident ("attack", "airstrike") */
    RoleFinder(Set<String> incidentNouns) {
        this.incidentNouns = Set.copyOf(incidentNouns);
    }

    /** A country's name before a noun is where, not who: "Gaza strikes", "Ukraine war". */
    private static boolean isPlace(ActorMention m) {
        return m.target() instanceof Target.Country c && !c.demonym();
    }

    static String lemma(Sentence s, int token) {
        String lemma = s.tokens().get(token).lemma();
        return lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
    }

    /** Roles around the given trigger token of the sentence. */
    Roles find(Sentence s, int trigger, List<ActorMention> mentions) {
        List<ActorMention> side1 = new ArrayList<>();
        List<ActorMention> side2 = new ArrayList<>();
        StringBuilder rule = new StringBuilder();
        List<ActorMention> targets = targets(s, mentions);
        if (between(s, trigger, mentions, side1, side2)) {
            return new Roles(side1, side2, targets, "between");
        }
        direct(s, trigger, mentions, side1, side2, rule);
        int node = trigger;
        for (int step = 0; step < 3 && (side1.isEmpty() || side2.isEmpty()); step++) {
            Dependency up = s.head(node);
            if (up == null || up.governor() < 0 || !CLIMB.contains(up.relation())) {
                break;
            }
            node = up.governor();
            direct(s, node, mentions, side1, side2, rule.append("^"));
        }
        if (side2.isEmpty()) {
            victims(s, mentions, side1, side2, rule);
        }
        if (side1.size() > 1 && side2.isEmpty() && SYMMETRIC.contains(lemma(s, trigger)) && symmetricSubjects(side1)) {
            side2.add(side1.remove(1));
            rule.append("+conj-pair");
        }
        if (side1.isEmpty()) {
            incidentModifier(s, mentions, side1, side2, rule);
        }
        return side1.isEmpty() && side2.isEmpty() ? Roles.NONE : new Roles(side1, side2, targets, rule.toString());
    }

    /** "clashes/fighting between X and Y": X acts, Y is the other side. */
    private boolean between(Sentence s, int trigger, List<ActorMention> mentions,
                            List<ActorMention> side1, List<ActorMention> side2) {
        for (Dependency d : s.children(trigger)) {
            if ((d.relation().equals("nmod") || d.relation().equals("obl")) && "between".equals(caseOf(s, d.dependent()))) {
                ActorMention x = under(s, d.dependent(), mentions, true);
                if (x == null) {
                    continue;
                }
                List<ActorMention> others = conjuncts(s, d.dependent(), mentions, x);
                if (!others.isEmpty()) {
                    side1.add(x);
                    side2.addAll(others);
                    return true;
                }
            }
        }
        return false;
    }

    private void direct(Sentence s, int node, List<ActorMention> mentions,
                        List<ActorMention> side1, List<ActorMention> side2, StringBuilder rule) {
        for (Dependency d : s.children(node)) {
            String rel = d.relation();
            String cas = caseOf(s, d.dependent());
            List<ActorMention> target = null;
            if (rel.equals("nsubj") || rel.equals("nmod:poss")) {
                target = side1;
            } else if ((rel.equals("obl") || rel.equals("nmod") || rel.equals("obl:agent")) && has(AGENT_CASES, cas)) {
                target = side1;
            } else if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                target = side2;
            } else if ((rel.equals("obl") || rel.equals("nmod")) && has(PATIENT_CASES, cas)) {
                target = side2;
            } else if (rel.equals("nmod") && "of".equals(cas) && s.tokens().get(node).isNoun()) {
                // "the bombing of a police academy", "the killing of three soldiers"
                target = side2;
            } else if (rel.equals("acl") && side1.isEmpty()) {
                // "the attack, reportedly conducted by the Taliban"
                for (Dependency by : s.children(d.dependent())) {
                    if ((by.relation().equals("obl") || by.relation().equals("obl:agent"))
                            && has(AGENT_CASES, caseOf(s, by.dependent()))) {
                        ActorMention m = under(s, by.dependent(), mentions, true);
                        if (m != null && !side2.contains(m)) {
                            side1.add(m);
                            rule.append("acl:by ");
                        }
                    }
                }
                continue;
            } else if (rel.equals("compound") || rel.equals("amod")) {
                ActorMention m = at(d.dependent(), mentions);
                if (m != null && m.isArmed() && side1.isEmpty() && !isPlace(m)) {
                    side1.add(m);
                    rule.append(rel).append(' ');
                }
                continue;
            }
            if (target == null && side1.isEmpty() && (rel.equals("obl") || rel.equals("nmod"))
                    && has(EVENT_CASES, cas) && incidentNouns.contains(lemma(s, d.dependent()))) {
                ActorMention m = modifierAgent(s, d.dependent(), mentions);
                if (m != null && !side2.contains(m)) {
                    side1.add(m);
                    rule.append("obl-event:").append(cas).append(' ');
                }
                continue;
            }
            if (target == null || !target.isEmpty()) {
                continue;
            }
            ActorMention m = under(s, d.dependent(), mentions, target == side1);
            if (m != null && !side1.contains(m) && !side2.contains(m)) {
                target.add(m);
                List<ActorMention> allies = conjuncts(s, d.dependent(), mentions, m);
                target.addAll(allies.isEmpty() ? conjuncts(s, m.head(), mentions, m) : allies);
                rule.append(rel).append(cas == null ? "" : ":" + cas).append(' ');
            }
        }
    }

    /** Anywhere in the sentence, the actor of an incident noun: "..., in Israeli airstrikes on Sanaa". */
    private void incidentModifier(Sentence s, List<ActorMention> mentions, List<ActorMention> side1,
                                  List<ActorMention> side2, StringBuilder rule) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).isNoun() && incidentNouns.contains(lemma(s, i))) {
                ActorMention m = modifierAgent(s, i, mentions);
                if (m != null && !side2.contains(m)) {
                    side1.add(m);
                    rule.append("incident-modifier ");
                    return;
                }
            }
        }
    }

    /** Mentions under any harm verb's object or passive subject. */
    private static List<ActorMention> targets(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && d.governor() >= 0
                    && HARM_VERBS.stream().anyMatch(v -> v.contains(lemma(s, d.governor())))) {
                ActorMention m = under(s, d.dependent(), mentions, false);
                if (m != null && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The actor modifying an incident noun: "Israeli" in "in Israeli airstrikes", "RSF's" in "in the RSF's attack". */
    private static ActorMention modifierAgent(Sentence s, int noun, List<ActorMention> mentions) {
        for (Dependency d : s.children(noun)) {
            String rel = d.relation();
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
                ActorMention m = at(d.dependent(), mentions);
                if (m != null && m.isArmed() && !(rel.equals("compound") && isPlace(m))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** When the trigger has no patient, the victims of a harm verb in the sentence ("..., killing 12 villagers"). */
    private void victims(Sentence s, List<ActorMention> mentions, List<ActorMention> side1,
                         List<ActorMention> side2, StringBuilder rule) {
        for (List<String> verbs : HARM_VERBS) {
            for (Dependency d : s.dependencies()) {
                if (!(d.relation().equals("obj") || d.relation().equals("nsubj:pass")) || d.governor() < 0
                        || !verbs.contains(lemma(s, d.governor()))) {
                    continue;
                }
                ActorMention m = under(s, d.dependent(), mentions, false);
                if (m != null && !side1.contains(m)) {
                    side2.add(m);
                    rule.append("victims ");
                    return;
                }
            }
        }
    }

    /** "X and Y clashed": the subject's conjuncts are the other side, not allies. */
    private static boolean symmetricSubjects(List<ActorMention> side1) {
        return side1.get(0).isArmed() && side1.get(1).isArmed()
                && !sameState(side1.get(0), side1.get(1));
    }

    private static boolean sameState(ActorMention a, ActorMention b) {
        return a.target().equals(b.target());
    }

    /**
     * The mention covering the token, else the nearest one in its modifiers ("fighters of the RSF").
     * A country's name alone counts only where it acts ("Israel struck"): elsewhere it is a place
     * ("a building in Beirut, Lebanon") or a nationality ("Russian individuals").
     */
    static ActorMention under(Sentence s, int token, List<ActorMention> mentions, boolean countryActs) {
        ActorMention m = at(token, mentions);
        if (m != null) {
            return countryActs || !(m.target() instanceof Target.Country) ? m : null;
        }
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {token, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (Dependency d : s.children(cur[0])) {
                if (!DESCEND.contains(d.relation())) {
                    continue;
                }
                ActorMention found = at(d.dependent(), mentions);
                if (found != null && !(found.target() instanceof Target.Country)) {
                    return found;
                }
                if (cur[1] < 1) {
                    queue.add(new int[] {d.dependent(), cur[1] + 1});
                }
            }
        }
        return null;
    }

    static ActorMention at(int token, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /** Mentions joined to the token by "and" ("soldiers and Wagner mercenaries"). */
    private static List<ActorMention> conjuncts(Sentence s, int token, List<ActorMention> mentions, ActorMention self) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(token)) {
            if (d.relation().equals("conj")) {
                ActorMention m = under(s, d.dependent(), mentions, self.target() instanceof Target.Country);
                if (m != null && m != self && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Set.of(...).contains(null) throws; a dependent without a preposition has a null case. */
    private static boolean has(Set<String> set, String word) {
        return word != null && set.contains(word);
    }

    private static String caseOf(Sentence s, int token) {
        for (Dependency d : s.children(token)) {
            if (d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
