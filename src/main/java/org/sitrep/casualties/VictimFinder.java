package org.sitrep.casualties;

import static org.sitrep.casualties.CasualtyLexicon.Role.COUNT;
import static org.sitrep.casualties.CasualtyLexicon.Role.DEAD;
import static org.sitrep.casualties.CasualtyLexicon.Role.DIE;
import static org.sitrep.casualties.CasualtyLexicon.Role.EVENT;
import static org.sitrep.casualties.CasualtyLexicon.Role.KILL;
import static org.sitrep.casualties.CasualtyLexicon.Role.MANNER;
import static org.sitrep.casualties.CasualtyLexicon.Role.NONE;
import static org.sitrep.casualties.CasualtyLexicon.Role.SELF;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nominals of a sentence a death word is about, read from the dependency parse: objects
 * and passive subjects of "kill", subjects of "die", nouns "dead" modifies, "of" arguments of
 * "the murder of", the figure of a toll, and the conjuncts and "including" subsets of each.
 */
final class VictimFinder {

    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves");
    private static final Set<String> MOTIVES = Set.of("revenge", "retaliation", "reprisal", "vengeance",
            "retribution");
    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "PRP$", "JJ", "CD");
    private static final Set<String> SUBSET_CASES = Set.of("including", "among");
    private static final Set<String> LIFE_TAKERS = Set.of("claim", "take", "cost");
    private static final Set<String> NOT_FACTUAL = Set.of("threaten", "try", "attempt", "plan",
            "vow", "want", "seek", "intend", "fail", "aim");

    private final CasualtyLexicon lexicon;

    VictimFinder(CasualtyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Death words under "threatened to kill" or "tried to kill" report no deaths; nor, for this
     * incident, do the deaths it avenges ("in revenge for the death of X", "to avenge the
     * killing of"), which happened before it.
     */
    static boolean factual(Parse p, int t) {
        if (p.rel(t).equals("xcomp") && p.gov(t) >= 0 && NOT_FACTUAL.contains(p.lemma(p.gov(t)))) {
            return false;
        }
        if (p.gov(t) >= 0 && p.lemma(p.gov(t)).equals("avenge")) {
            return false;
        }
        for (int c : p.children(t, "case")) {
            // read off the words, not the parse, which often hangs "for the death" elsewhere
            if (p.word(c).equals("for") && c > 0 && c < t && MOTIVES.contains(p.lemma(c - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The nominals that died according to death word t. */
    List<Integer> victimsOf(Parse p, int t, Map<Integer, Quantity> figureAt) {
        String lemma = p.lemma(t);
        List<Integer> out = new ArrayList<>();
        boolean verb = p.token(t).isVerb();
        if (verb && (lexicon.is(lemma, KILL) || (lexicon.is(lemma, MANNER) && killsOutright(p, t)))) {
            out.addAll(p.children(t, "obj", "nsubj:pass"));
            if (out.isEmpty() && p.token(t).pos().equals("VBG")) {
                // "the killing of six priests" tagged as a verb: its "of" argument died
                for (int c : p.children(t, "obl", "nmod")) {
                    if (p.cases(c).contains("of")) {
                        out.add(c);
                    }
                }
            }
            if (out.isEmpty()) {
                // "21 killed in blast", "150 soldiers ... killed": a subject with a figure and
                // no object is the victim, not the killer
                for (int subj : p.children(t, "nsubj")) {
                    if (figureAt.containsKey(subj) || hasFigure(p, subj, figureAt)) {
                        out.add(subj);
                    }
                }
            }
            if (out.isEmpty()) {
                // "between 20 and 30 conscripts were killed": the range's "between" turns the
                // subject into an oblique in the parse
                for (int c : p.children(t, "obl")) {
                    if (p.cases(c).equals(List.of("between")) && hasFigure(p, c, figureAt)) {
                        out.add(c);
                    }
                }
            }
            String rel = p.rel(t);
            if (out.isEmpty() && rel.equals("xcomp") && p.gov(t) >= 0) {
                // "five insurgents are reported to have been killed"
                out.addAll(p.children(p.gov(t), "nsubj:pass"));
            }
            if (out.isEmpty() && p.token(t).pos().equals("VBN")) {
                if ((rel.equals("acl") || rel.equals("dep") || rel.equals("amod")) && p.gov(t) >= 0
                        && (p.token(p.gov(t)).isNoun() || figureAt.containsKey(p.gov(t)))) {
                    int head = p.gov(t);
                    // "973 Alawites, Christians and civilians killed": the participle hangs on
                    // the last conjunct but tells of the whole list
                    while (p.rel(head).equals("conj") && p.gov(head) >= 0) {
                        head = p.gov(head);
                    }
                    out.add(head);
                } else {
                    out.addAll(p.children(t, "nsubj"));
                }
            }
        } else if (verb && lexicon.is(lemma, SELF)) {
            if (p.children(t, "obj").stream().anyMatch(o -> REFLEXIVES.contains(p.word(o)))) {
                out.addAll(p.children(t, "nsubj"));
            }
        } else if (verb && lexicon.is(lemma, DIE)) {
            out.addAll(p.children(t, "nsubj"));
        } else if (verb && lemma.equals("lose") && p.children(t, "obj").stream()
                .anyMatch(o -> p.lemma(o).equals("life"))) {
            out.addAll(p.children(t, "nsubj"));
        } else if (lexicon.is(lemma, DEAD) && p.token(t).pos().startsWith("JJ")) {
            String rel = p.rel(t);
            if (rel.equals("amod") && p.gov(t) >= 0) {
                out.add(p.gov(t));
            }
            out.addAll(p.children(t, "nsubj"));
            // "left six drivers dead" may come out as "six drivers" modifying "dead"
            for (int c : p.children(t, "obl:npmod")) {
                if (figureAt.containsKey(c) || hasFigure(p, c, figureAt)) {
                    out.add(c);
                }
            }
            if (!p.children(t, "nummod").isEmpty()) {
                out.add(t);
            }
        } else if (p.token(t).isNoun() && lexicon.is(lemma, COUNT)
                && (!lemma.equals("life") || (p.gov(t) >= 0 && LIFE_TAKERS.contains(p.lemma(p.gov(t)))))
                && (!p.children(t, "nummod").isEmpty() || negated(p, t))) {
            out.add(t);
        } else if (p.token(t).isNoun() && lexicon.is(lemma, NONE) && negated(p, t)) {
            out.add(t);
        }
        if (p.token(t).isNoun() && (lexicon.is(lemma, EVENT) || p.hasChildLemma(t, "fatal"))) {
            for (int c : p.children(t, "nmod")) {
                if (p.cases(c).contains("of")) {
                    out.add(c);
                }
            }
        }
        if (verb && lexicon.is(lemma, KILL)) {
            // "the gunman then killed himself": the one who died is the subject
            List<Integer> reflexive = out.stream().filter(v -> REFLEXIVES.contains(p.word(v))).toList();
            if (!reflexive.isEmpty()) {
                out.removeAll(reflexive);
                out.addAll(p.children(t, "nsubj"));
            }
        }
        out.removeIf(v -> p.token(v).pos().equals("WDT") || p.token(v).pos().equals("EX"));
        List<Integer> resolved = new ArrayList<>();
        for (int v : out) {
            resolved.add(p.token(v).pos().equals("WP") ? relativeHead(p, t, v) : v);
        }
        resolved.removeIf(v -> v < 0);
        return resolved;
    }

    /** "shot dead", "stabbed to death", "found dead", "left three dead". */
    private static boolean killsOutright(Parse p, int t) {
        for (int c : p.children(t)) {
            if (p.lemma(c).equals("dead") || (p.lemma(c).equals("death") && p.cases(c).contains("to"))) {
                return true;
            }
        }
        return false;
    }

    /** "who" in "the officer who was killed": the noun the relative clause hangs on. */
    private static int relativeHead(Parse p, int t, int who) {
        for (int cur = t, n = 0; cur >= 0 && n < 6; cur = p.gov(cur), n++) {
            if (p.rel(cur).equals("acl:relcl")) {
                return p.gov(cur);
            }
        }
        return -1;
    }

    static boolean negated(Parse p, int t) {
        for (int c : p.children(t, "det", "case", "advmod", "neg")) {
            String w = p.word(c);
            if (w.equals("no") || w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    /** The figure of "the death toll rose to 30", "a toll of 30", "the toll is 30". */
    static List<Integer> tollFigures(Parse p, int t, Map<Integer, Quantity> figureAt) {
        List<Integer> out = new ArrayList<>();
        for (int c : p.children(t, "nmod", "nummod", "appos")) {
            if (figureAt.containsKey(c) || hasFigure(p, c, figureAt)) {
                out.add(c);
            }
        }
        int g = p.gov(t);
        if (out.isEmpty() && g >= 0) {
            if (figureAt.containsKey(g) || (hasFigure(p, g, figureAt) && p.token(g).isNoun())) {
                out.add(g);
            }
            for (int c : p.children(g, "obl", "obj", "xcomp", "nmod", "advmod", "dep")) {
                if (c != t && (figureAt.containsKey(c) || hasFigure(p, c, figureAt))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean hasFigure(Parse p, int n, Map<Integer, Quantity> figureAt) {
        for (int c : p.children(n, "nummod")) {
            if (figureAt.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "They were killed along with 12 villagers", "together with", "alongside": people who died
     * beside the victims, counted on top of them.
     */
    static List<Integer> companions(Parse p, int t) {
        List<Integer> out = new ArrayList<>();
        boolean alongAdverb = p.children(t, "advmod").stream()
                .anyMatch(a -> p.word(a).equals("along") || p.word(a).equals("together"));
        for (int c : p.children(t, "obl", "nmod")) {
            List<String> cases = p.cases(c);
            if (cases.contains("alongside") || (cases.contains("with")
                    && (alongAdverb || cases.contains("along") || cases.contains("together")))) {
                out.add(c);
            }
        }
        for (int c : p.children(t, "advcl")) {
            // "along with five herders grazing nearby" parsed as a clause: its subject died too
            List<String> marks = p.cases(c);
            if (marks.contains("with") && (alongAdverb || marks.contains("along") || marks.contains("together"))) {
                out.addAll(p.children(c, "nsubj"));
            }
        }
        return out;
    }

    static List<Integer> withConjuncts(Parse p, int v) {
        List<Integer> out = new ArrayList<>();
        out.add(v);
        for (int i = 0; i < out.size() && i < 12; i++) {
            List<Integer> heads = new ArrayList<>(List.of(out.get(i)));
            if (i == 0) {
                // "killing one Malian and two others": the parser may hang the second
                // conjunct on the first one's adjective
                heads.addAll(p.children(out.get(i), "amod"));
            }
            for (int h : heads) {
                for (int c : p.children(h, "conj")) {
                    if (!out.contains(c) && (p.token(c).isNoun() || p.token(c).isNumber()
                            || p.token(c).pos().startsWith("PRP"))) {
                        out.add(c);
                    }
                }
            }
        }
        for (int c : listedAfter(p, out.stream().max(Integer::compare).get())) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The nouns listed right after a victim ("six priests, their housekeeper, and her daughter")
     * that the parser made conjuncts of some other word: each is separated by a comma or "and"
     * and attached as a conjunct, so the list goes on whatever its head in the parse.
     */
    private static List<Integer> listedAfter(Parse p, int v) {
        List<Integer> out = new ArrayList<>();
        int j = v + 1;
        while (j < p.size()) {
            boolean separated = false;
            while (j < p.size() && (p.word(j).equals(",") || p.word(j).equals("and"))) {
                separated = true;
                j++;
            }
            int start = j;
            while (j < p.size() && MODIFIER_TAGS.contains(p.token(j).pos())) {
                j++;
            }
            if (!separated || j >= p.size() || j - start > 3 || !p.token(j).isNoun()
                    || !p.rel(j).equals("conj")) {
                break;
            }
            out.add(j);
            j++;
        }
        return out;
    }

    /**
     * "including 11 children", "among them two soldiers", attached to the victim or the verb.
     * One hung on the verb but written after a further predicate of it ("nine were killed and
     * 14 injured, including three children") is a part of that predicate's people.
     */
    static List<Integer> subsets(Parse p, int t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int head : new int[] {v, t}) {
            for (int c : p.children(head, "nmod", "obl", "appos")) {
                if (head == t && p.children(t, "conj").stream().anyMatch(k -> k > t && k < c)) {
                    continue;
                }
                for (String cs : p.cases(c)) {
                    if (SUBSET_CASES.contains(cs)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
