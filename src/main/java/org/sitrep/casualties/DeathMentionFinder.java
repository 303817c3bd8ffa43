package org.sitrep.casualties;

import static org.sitrep.casualties.CasualtyLexicon.Role.COUNT;
import static org.sitrep.casualties.CasualtyLexicon.Role.EVENT;
import static org.sitrep.casualties.CasualtyLexicon.Role.NONE;
import static org.sitrep.casualties.CasualtyLexicon.Role.TOLL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Finds the statements of death in a document through the dependency parse: a death word
 * ("killed", "died", "dead", "bodies", "toll", "the murder of") and the people it is about,
 * each counted by the figure attached to them, as 1 for a single named or singular victim, or
 * as vague for a plural without figure. Injured, kidnapped or arrested people are never
 * counted because only death words are followed.
 */
public final class DeathMentionFinder {

    private static final Set<String> SINGLE_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
    private static final Set<String> NOBODY = Set.of("nobody", "none", "no-one");

    private final NumberParser numbers;
    private final CasualtyLexicon lexicon;
    private final ClaimantFinder claimants;
    private final VictimFinder victimFinder;

    DeathMentionFinder(NumberParser numbers, CasualtyLexicon lexicon) {
        this.numbers = numbers;
        this.lexicon = lexicon;
        this.claimants = new ClaimantFinder(lexicon);
        this.victimFinder = new VictimFinder(lexicon);
    }

    public static DeathMentionFinder standard() {
        return new DeathMentionFinder(NumberParser.standard(), CasualtyLexicon.load());
    }

    /** Every statement of death in the document, in text order. */
    public List<DeathMention> find(Doc doc) {
        List<DeathMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(find(doc, s));
        }
        return out;
    }

    List<DeathMention> find(Doc doc, Sentence s) {
        Parse p = new Parse(s);
        Map<Integer, Quantity> figureAt = new HashMap<>();
        for (Quantity q : numbers.inSentence(s.tokens())) {
            for (int i = q.numberStart(); i <= q.last(); i++) {
                figureAt.put(i, q);
            }
        }
        List<DeathMention> out = new ArrayList<>();
        Set<Integer> seenVictims = new LinkedHashSet<>();
        for (int t = 0; t < p.size(); t++) {
            if (!VictimFinder.factual(p, t)) {
                continue;
            }
            boolean toll = lexicon.is(p.lemma(t), TOLL) && p.token(t).isNoun();
            List<Integer> victims = toll ? VictimFinder.tollFigures(p, t, figureAt)
                    : victimFinder.victimsOf(p, t, figureAt);
            if (victims.isEmpty()) {
                continue;
            }
            String claimant = claimants.find(doc, p, t);
            int deny = claimants.denial(p, t);
            String denier = claimant;
            if (deny >= 0) {
                // the figure is the denied statement's; the denier's own claim is none died
                claimant = claimants.denied(doc, p, deny);
            }
            if (victims.size() > 1) {
                // "whose daughter was the youngest person killed": a superlative names one of
                // the other victims again, not one more
                victims = victims.stream().filter(v -> !identifying(p, v, figureAt)).toList();
            }
            for (int v : victims) {
                for (int part : VictimFinder.withConjuncts(p, v)) {
                    if (!seenVictims.add(part)) {
                        continue;
                    }
                    Kind kind = toll ? Kind.TOLL : part == v ? Kind.VICTIM : Kind.CONJUNCT;
                    DeathMention m = count(doc, p, t, part, figureAt, kind, claimant);
                    if (m == null) {
                        continue;
                    }
                    if (deny < 0 || claimant != null) {
                        // a denied figure stays only as the claim of the source it names: the
                        // article does not state it on its own authority
                        out.add(m);
                    }
                    if (deny >= 0 && !m.vague() && m.killed() > 0) {
                        out.add(new DeathMention(m.sentence(), m.evidence(), m.predicate(), m.figure(), 0, 0,
                                Qualifier.EXACT, m.group(), m.victims(), false, false, false, true, denier));
                    }
                    for (int sub : VictimFinder.subsets(p, t, part)) {
                        if (seenVictims.add(sub)) {
                            DeathMention sm = count(doc, p, t, sub, figureAt, Kind.SUBSET, claimant);
                            if (sm != null && !sm.vague()) {
                                out.add(sm);
                            }
                        }
                    }
                }
            }
            if (!toll) {
                for (int c : VictimFinder.companions(p, t)) {
                    for (int part : VictimFinder.withConjuncts(p, c)) {
                        if (seenVictims.add(part)) {
                            DeathMention m = count(doc, p, t, part, figureAt, Kind.COMPANION, claimant);
                            if (m != null && !m.vague()) {
                                out.add(m);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** An unnumbered singular noun picked out by a superlative ("the youngest person"). */
    private static boolean identifying(Parse p, int v, Map<Integer, Quantity> figureAt) {
        return p.token(v).pos().equals("NN") && !figureAt.containsKey(v)
                && p.children(v, "amod").stream().anyMatch(a -> p.token(a).pos().equals("JJS"));
    }

    /**
     * How a nominal was reached: the death word's own victim, a running toll, a further conjunct
     * of a victim ("their housekeeper"), a subset ("including 11 children") or a companion
     * ("along with 12 villagers", counted on top of the victims before).
     */
    private enum Kind { VICTIM, TOLL, CONJUNCT, SUBSET, COMPANION }

    /** The mention for one victim nominal, or null when it names no people. */
    private DeathMention count(Doc doc, Parse p, int t, int v, Map<Integer, Quantity> figureAt,
                               Kind kind, String claimant) {
        boolean toll = kind == Kind.TOLL;
        Quantity q = figureAt.get(v);
        int figureToken = v;
        if (q == null) {
            for (int c : p.children(v, "nummod", "amod", "det")) {
                // a figure after the noun is an age or a date ("Campbell, 29"), not a count
                if (c < v && figureAt.containsKey(c)) {
                    q = figureAt.get(c);
                    figureToken = c;
                }
            }
        }
        Integer killed;
        Integer high;
        Qualifier qualifier;
        String w = p.word(v);
        String pos = p.token(v).pos();
        if (lexicon.notVictim(p.lemma(v))) {
            return null;
        }
        boolean nobody = NOBODY.contains(w) || p.hasChildLemma(v, "no")
                || (lexicon.is(p.lemma(v), NONE) || lexicon.is(p.lemma(v), COUNT)) && VictimFinder.negated(p, v);
        if (nobody) {
            killed = 0;
            high = 0;
            qualifier = Qualifier.EXACT;
        } else if (q != null) {
            killed = q.value();
            high = q.high();
            qualifier = q.qualifier();
        } else if (toll) {
            return null;
        } else if (SINGLE_PRONOUNS.contains(w)) {
            killed = 1;
            high = 1;
            qualifier = Qualifier.EXACT;
        } else if (PLURAL_PRONOUNS.contains(w) || pos.equals("NNS") || pos.equals("NNPS")) {
            killed = null;
            high = null;
            qualifier = Qualifier.VAGUE;
        } else if ((pos.equals("NN") || pos.equals("NNP"))
                && (singularPerson(p, v) || (kind == Kind.CONJUNCT && mayBePerson(p, v)))) {
            // a singular noun listed with the dead is one of them ("six priests, their
            // housekeeper and her daughter")
            killed = 1;
            high = 1;
            qualifier = Qualifier.EXACT;
        } else {
            return null;
        }
        Span figure = q == null ? p.token(v).span()
                : new Span(p.token(q.first()).span().start(), p.token(q.last()).span().end());
        boolean figureHead = q != null && figureToken == v;
        VictimGroup group = group(p, v, figureHead);
        // "two more people died": "more" right after the figure adds to the dead before
        boolean more = q != null && q.last() + 1 < p.size() && p.word(q.last() + 1).equals("more");
        boolean additive = kind == Kind.COMPANION || more || otherModifier(p, v)
                || ((w.equals("others") || w.equals("another")) && figureToken != v);
        return new DeathMention(p.sentence().index(), p.sentence().span(), p.token(t).span(), figure,
                killed, high, qualifier, group, victimPhrase(doc, p, v, q, figureHead), kind == Kind.SUBSET,
                additive, toll,
                q != null || nobody, claimant);
    }

    /**
     * "five other civilians", "another soldier": "other" modifies the victim itself. Only its own
     * modifiers count; "one soldier and ten others" has "others" as a conjunct, which adds
     * nothing to the soldier.
     */
    private static boolean otherModifier(Parse p, int v) {
        for (int c : p.children(v, "amod", "det")) {
            if (p.lemma(c).equals("other") || p.lemma(c).equals("another")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a common noun listed with the dead must be to count as one of them: a noun phrase of
     * its own ("their housekeeper", "a guard"), not a place, date, organisation or thing, and not
     * a gerund the tagger took for a noun ("killing one soldier and wounding ten").
     */
    private boolean mayBePerson(Parse p, int v) {
        String ner = p.token(v).ner();
        return (ner.equals("O") || ner.equals("PERSON")) && !lexicon.notVictim(p.lemma(v))
                && !p.word(v).endsWith("ing") && !p.children(v, "det", "nmod:poss").isEmpty();
    }

    /** A singular noun that can be a person: not a place, date or organisation name. */
    private boolean singularPerson(Parse p, int v) {
        String ner = p.token(v).ner();
        if (ner.equals("PERSON") || lexicon.group(p.lemma(v)) != null) {
            return true;
        }
        for (int c : p.children(v, "nmod", "appos", "compound", "flat")) {
            if (p.token(c).ner().equals("PERSON")) {
                return true;
            }
        }
        return p.token(v).pos().equals("NNP") && (ner.equals("O") || ner.equals("MISC"));
    }

    /** The group of a victim nominal; a figure word as its head ("scores of worshippers") takes its "of" noun's. */
    private VictimGroup group(Parse p, int v, boolean figureHead) {
        VictimGroup g = lexicon.group(p.lemma(v));
        if (g == null && (figureHead || p.token(v).isNumber() || p.word(v).equals("one"))) {
            for (int c : p.children(v, "nmod")) {
                if (p.cases(c).contains("of")) {
                    return group(p, c, false);
                }
            }
        }
        if (g == null || g == VictimGroup.PEOPLE) {
            for (int c : p.children(v, "compound", "amod")) {
                VictimGroup m = lexicon.group(p.lemma(c));
                if (m != null && m != VictimGroup.PEOPLE) {
                    return m;
                }
            }
        }
        return g == null ? VictimGroup.PEOPLE : g;
    }

    /** The victim noun with its modifiers ("Wagner mercenaries"), without the figure. */
    private static String victimPhrase(Doc doc, Parse p, int v, Quantity q, boolean figureHead) {
        if (figureHead || p.token(v).isNumber()) {
            for (int c : p.children(v, "nmod")) {
                if (p.cases(c).contains("of")) {
                    v = c;
                    q = null;
                    break;
                }
            }
            if (p.token(v).isNumber()) {
                return null;
            }
        }
        int lo = v;
        for (int c : p.children(v, "compound", "amod", "nmod:poss", "flat")) {
            if (c < v && (q == null || c > q.last())) {
                lo = Math.min(lo, c);
            }
        }
        int hi = v;
        for (int c : p.children(v, "flat", "compound")) {
            hi = Math.max(hi, c);
        }
        return doc.text(new Span(p.token(lo).span().start(), p.token(hi).span().end()))
                .replaceAll("\\s+", " ");
    }
}
