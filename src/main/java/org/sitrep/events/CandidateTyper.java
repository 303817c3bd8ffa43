package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Turns one trigger hit into a typed {@link Candidate}, or into the reason it is not an event:
 * the row's context conditions, then the non-event filter, then the type (fixed by the lexicon
 * or chosen by the decision table from the sentence's cues and the trigger's agent and victim).
 */
final class CandidateTyper {

    /** Either a candidate or a drop, always with the rule that decided. */
    record Outcome(Candidate candidate, String rule, String dropReason) {
    }

    /** Relations by which a noun takes part in a clause rather than modifying another noun. */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "obj", "obl",
            "root");

    private static final Set<String> QUANTITY = Set.of("thousand", "thousands", "hundred",
            "hundreds", "dozen", "dozens", "score", "scores", "million", "millions", "group",
            "crowd", "number", "tens");

    private final DecisionTable table;
    private final NonEventFilter filter;
    private final PlaceCues placeCues;

    CandidateTyper(DecisionTable table, NonEventFilter filter, PlaceCues placeCues) {
        this.placeCues = placeCues;
        this.table = table;
        this.filter = filter;
    }

    /**
     * The cue classes around a trigger: sentence-wide classes, agent:/victim:/governor: classes,
     * and the parse-derived classes victim:ANY (it has a patient), victim:PLACE (a named place
     * is the patient), ARG (the noun is an argument of a clause, not a modifier), PASSIVE.
     */
    Set<String> context(Sentence s, int head, List<CueLexicon.CueHit> hits) {
        Set<String> ctx = new HashSet<>(CueLexicon.classes(hits));
        Set<Integer> victims = Roles.victims(s, head);
        Set<Integer> agents = Roles.agents(s, head);
        for (String c : CueLexicon.classesAt(hits, victims)) {
            ctx.add("victim:" + c);
        }
        for (String c : CueLexicon.classesAt(hits, agents)) {
            ctx.add("agent:" + c);
        }
        for (int v : victims) {
            if (s.tokens().get(v).ner().equals("PERSON")) {
                ctx.add("victim:CIVILIAN");
            }
            if (s.tokens().get(v).ner().equals("LOCATION")) {
                ctx.add("victim:PLACE");
            }
        }
        if (!victims.isEmpty()) {
            ctx.add("victim:ANY");
        }
        Dependency up = s.head(head);
        Dependency role = up;
        if (role != null && role.relation().equals("nmod") && role.governor() >= 0
                && QUANTITY.contains(
                        s.tokens().get(role.governor()).lemma().toLowerCase(Locale.ROOT))) {
            // "thousands of protesters gathered": the quantity carries the protesters' role
            role = s.head(role.governor());
        }
        if (role != null && ARGUMENT.contains(role.relation())) {
            ctx.add("ARG");
        }
        if (up != null && up.governor() >= 0) {
            for (String c : CueLexicon.classesAt(hits, Set.of(up.governor()))) {
                ctx.add("governor:" + c);
            }
        }
        if (Roles.isPassive(s, head)) {
            ctx.add("PASSIVE");
        }
        return ctx;
    }

    Outcome type(Doc doc, Sentence s, TriggerFinder.Hit hit, List<CueLexicon.CueHit> cueHits) {
        TriggerLexicon.Entry e = hit.entry();
        Set<String> ctx = context(s, hit.head(), cueHits);
        String lexRule = "trigger '" + e.phrase() + "' -> " + e.label() + " (" + e.source() + ")";
        if (!Condition.allHold(e.context(), ctx)) {
            return new Outcome(null, lexRule, "context " + e.context() + " not met");
        }
        String why = filter.reason(doc, s, hit.head());
        if (why != null) {
            return new Outcome(null, lexRule, why);
        }
        SubEventType type = e.type();
        String rule = lexRule;
        boolean weak = false;
        if (type == null) {
            DecisionTable.Rule r = table.decide(e.triggerClass(), ctx);
            if (r == null) {
                return new Outcome(null, lexRule, "no decision rule of " + e.triggerClass()
                        + " fits the context " + new java.util.TreeSet<>(ctx));
            }
            type = r.type();
            weak = r.weak();
            rule = lexRule + "; rule " + r.name() + " -> " + type.label();
        }
        boolean back = backReference(s, hit);
        boolean relative = !back && relative(s, hit.head());
        boolean outcome = OUTCOMES.contains(String.join(" ", e.phrase().lemmas()));
        Candidate c = new Candidate(s.index(), s.span(), hit.span(), doc.text(hit.span()), type,
                rule, weak, dateValue(doc, s, hit.head(), back || relative),
                placeCues.places(doc, s), placeCues.ownPlaces(doc, s, hit.head()), back,
                Set.of(), relative, outcome);
        return new Outcome(c, rule, null);
    }

    /**
     * The most specific concrete date stated in the sentence, as its TIMEX value. A noun that
     * points back ("this attack") takes only a date of its own ("the clash in July"), not the
     * date of the sentence it is mentioned in.
     */
    static String dateValue(Doc doc, Sentence s, int head, boolean ownOnly) {
        String best = null;
        long bestDays = Long.MAX_VALUE;
        int dateline = PlaceCues.datelineEnd(doc);
        for (TimeExpression t : doc.timesIn(s.index())) {
            if (!"DATE".equals(t.timexType()) && !"TIME".equals(t.timexType())
                    || t.span().start() < dateline) {
                continue;
            }
            if (ownOnly && !ParseTree.near(s, s.tokenAt(t.span()), head)) {
                continue;
            }
            DateValues.Range r = DateValues.range(t.value());
            if (r != null) {
                long days = r.to().toEpochDay() - r.from().toEpochDay();
                if (days < bestDays) {
                    best = t.value();
                    bestDays = days;
                }
            }
        }
        return best;
    }

    /** Words that place one happening before or after another. */
    private static final Set<String> SEQUENCE = Set.of("after", "before", "since", "following");

    /**
     * Triggers that report only a toll: "twelve were killed after the army shelled the village"
     * tells the outcome of the shelling, not a second incident.
     */
    private static final Set<String> OUTCOMES = Set.of("kill", "killing", "die", "death",
            "injure", "wound", "dead");

    /** Relations that end the phrase a trigger belongs to; a conjunct stays in it. */
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "ccomp",
            "parataxis", "acl:relcl", "acl", "xcomp", "root");

    /** Words that state a time gap: "two days after", "hours before", "a year earlier". */
    private static final Set<String> GAP = Set.of("minute", "hour", "day", "night", "week",
            "weekend", "month", "year", "previous", "earlier", "yesterday");

    /**
     * Whether the trigger sits in a phrase that places it at another time than the rest of its
     * sentence: "arrested on March 18, four days before attacks on the airport", "the deadliest
     * since an assault in Ghazni", "a week after police raided the campus". Such a mention names
     * another incident than the one its sentence reports. A bare "after" does not: "police
     * opened fire after protesters stormed the office" and "gunmen abducted ten before setting
     * fire to their houses" tell one incident in steps, so "after" and "before" count only with
     * a stated gap, and a clause only with a subject of its own.
     */
    static boolean relative(Sentence s, int head) {
        int cur = head;
        for (int step = 0; step < 4 && cur >= 0; step++) {
            boolean subject = false;
            int sequence = -1;
            boolean marked = false;
            for (Dependency d : s.children(cur)) {
                String w = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (d.relation().startsWith("nsubj")) {
                    subject = true;
                }
                if (SEQUENCE.contains(w) && (d.relation().equals("case")
                        || d.relation().equals("mark"))) {
                    sequence = d.dependent();
                    marked = d.relation().equals("mark");
                }
            }
            if (sequence >= 0 && (marked ? subject : s.tokens().get(cur).isNoun())) {
                String w = s.tokens().get(sequence).lemma().toLowerCase(Locale.ROOT);
                return w.equals("since") || gap(s, sequence - 3, sequence - 1);
            }
            Dependency up = s.head(cur);
            if (up == null || CLAUSE_LINKS.contains(up.relation())) {
                return false;
            }
            cur = up.governor();
        }
        return false;
    }

    /** Whether a word of the token range [from, to] states a time gap. */
    private static boolean gap(Sentence s, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < s.tokens().size(); i++) {
            if (GAP.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the attack", "this raid", "Sunday's strike": a noun pointing back to a known incident. */
    static boolean backReference(Sentence s, TriggerFinder.Hit hit) {
        Token head = s.tokens().get(hit.head());
        if (!head.isNoun()) {
            return false;
        }
        for (Dependency d : s.children(hit.head())) {
            String w = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (d.relation().equals("det") && (w.equals("the") || w.equals("this")
                    || w.equals("that") || w.equals("these") || w.equals("those"))) {
                return true;
            }
            if (d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }
}
