package org.sitrep.events;

import static org.sitrep.events.NonEventLexicon.Kind.BACKGROUND;
import static org.sitrep.events.NonEventLexicon.Kind.COMMEMORATION;
import static org.sitrep.events.NonEventLexicon.Kind.COURT;
import static org.sitrep.events.NonEventLexicon.Kind.COURT_SCENE;
import static org.sitrep.events.NonEventLexicon.Kind.NONPOLITICAL;
import static org.sitrep.events.NonEventLexicon.Kind.DENIAL;
import static org.sitrep.events.NonEventLexicon.Kind.FIGURATIVE;
import static org.sitrep.events.NonEventLexicon.Kind.HYPOTHETICAL;
import static org.sitrep.events.NonEventLexicon.Kind.INTENT;
import static org.sitrep.events.NonEventLexicon.Kind.MODAL;
import static org.sitrep.events.NonEventLexicon.Kind.NEGATION;

import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Says why a trigger does not report an event (codebook section 1), or null when it does:
 * negated ("no one was killed"), modal or future ("could attack"), governed by a verb of
 * intent or denial ("threatened to attack", "denied carrying out"), hypothetical ("if"),
 * under a court word ("convicted of the bombing"), in a commemoration, background ("since
 * 2012", "in recent years", an ongoing "has been conducting"), or plain crime.
 */
final class NonEventFilter {

    /** How far up the parse a governing verb of intent, denial or court is looked for. */
    private static final int MAX_CLIMB = 4;
    /** Four-digit numbers before this are clock times ("1800 UTC") more often than years. */
    private static final int MIN_YEAR = 1900;
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "obj", "nmod", "obl",
            "acl", "advcl", "csubj", "nsubj", "nsubj:pass", "compound", "conj");

    private final NonEventLexicon lex;

    NonEventFilter(NonEventLexicon lex) {
        this.lex = lex;
    }

    String reason(Doc doc, Sentence s, int t) {
        String r = figurative(s, t);
        if (r != null) {
            return r;
        }
        r = grammatical(s, t);
        if (r != null) {
            return r;
        }
        int gov = t;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency up = s.head(gov);
            if (up == null || up.governor() < 0 || !CLIMB.contains(up.relation())) {
                break;
            }
            gov = up.governor();
            String lemma = s.tokens().get(gov).lemma();
            if (lex.has(INTENT, lemma)) {
                return "intent: governed by '" + lemma + "' (threat, plan or warning)";
            }
            if (lex.has(DENIAL, lemma)) {
                return "denial: governed by '" + lemma + "'";
            }
            if (lex.has(COURT, lemma)) {
                return "court: governed by '" + lemma + "'";
            }
            if (lex.has(COMMEMORATION, lemma)) {
                return "commemoration: governed by '" + lemma + "'";
            }
            if (s.tokens().get(gov).isVerb()) {
                String g = grammatical(s, gov);
                if (g != null) {
                    return g + " (on governing '" + lemma + "')";
                }
            }
        }
        return sentenceLevel(doc, s, t);
    }

    /** The trigger is a word of an idiom ("killing two birds with one stone", "a legal battle"). */
    private String figurative(Sentence s, int t) {
        for (Phrase p : lex.of(FIGURATIVE)) {
            for (int[] m : p.findAll(s)) {
                for (int i : m) {
                    if (i == t) {
                        return "figurative: part of '" + p + "'";
                    }
                }
            }
        }
        return null;
    }

    /** Negation, modals, conditionals and ongoing aspect on the token itself. */
    private String grammatical(Sentence s, int t) {
        boolean hasBeen = false;
        for (Dependency d : s.children(t)) {
            Token c = s.tokens().get(d.dependent());
            String rel = d.relation();
            String lemma = c.lemma();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
                    && lex.has(NEGATION, lemma)) {
                return "negated by '" + c.word() + "'";
            }
            if (rel.equals("aux") && lex.has(MODAL, lemma)) {
                return "modal: '" + c.word() + "' (possible or future, not reported as done)";
            }
            if (rel.equals("mark") && lex.has(HYPOTHETICAL, lemma)) {
                return "hypothetical: '" + c.word() + "'";
            }
            if (rel.equals("mark") && lemma.equalsIgnoreCase("since")) {
                // "on alert since the group launched attacks on the capital": what started a
                // state of affairs, told as background
                return "background: a 'since' clause";
            }
            if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && negatedNoun(s, d.dependent())) {
                return "negated subject ('no one', 'nobody')";
            }
            if (rel.equals("aux") && c.lemma().equalsIgnoreCase("be") && c.word().equalsIgnoreCase("been")) {
                hasBeen = true;
            }
        }
        if (hasBeen && s.tokens().get(t).pos().equals("VBG")) {
            return "ongoing: perfect progressive ('has been ...ing'), a campaign not an incident";
        }
        if (s.tokens().get(t).pos().equals("VBG") && presentBe(s, t)) {
            return "ongoing: present progressive ('is ...ing'), a campaign not an incident";
        }
        return null;
    }

    /** "in 2012" in a report of 2024: a year alone, written as a year, before publication. */
    private static boolean pastYear(Doc doc, TimeExpression te) {
        String v = te.value();
        if (v == null || !v.matches("\\d{4}") || doc.article().published() == null
                || !te.text().trim().matches("(?i)(in |of )?(early |late |mid-? ?)?\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(v);
        return year >= MIN_YEAR && year < doc.article().published().getYear();
    }

    private static boolean presentBe(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if (d.relation().equals("aux") && (w.equals("is") || w.equals("are") || w.equals("am")
                    || w.equals("'re") || w.equals("'s"))) {
                return true;
            }
        }
        return false;
    }

    private boolean negatedNoun(Sentence s, int n) {
        Token tok = s.tokens().get(n);
        if (tok.lemma().equalsIgnoreCase("nobody") || tok.lemma().equalsIgnoreCase("none")) {
            return true;
        }
        for (Dependency d : s.children(n)) {
            if ((d.relation().equals("det") || d.relation().equals("advmod"))
                    && lex.has(NEGATION, s.tokens().get(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    private String sentenceLevel(Doc doc, Sentence s, int t) {
        if (s.tokens().get(t).isNoun()) {
            // "identified him in court as the man who rented the truck used in the bombing":
            // a trial retells an incident by naming it, it does not report it
            for (Phrase p : lex.of(COURT_SCENE)) {
                if (!p.findAll(s).isEmpty()) {
                    return "court: '" + p + "' in the sentence names a past incident";
                }
            }
        }
        for (Phrase p : lex.of(BACKGROUND)) {
            if (!p.findAll(s).isEmpty()) {
                return "background: '" + p + "' in the sentence";
            }
        }
        for (Phrase p : lex.of(NONPOLITICAL)) {
            if (!p.findAll(s).isEmpty()) {
                return "not political: '" + p + "' in the sentence";
            }
        }
        return background(doc, s, t);
    }

    /** Time words that place the trigger in history or in a long span rather than on a date. */
    private String background(Doc doc, Sentence s, int t) {
        boolean perfect = false;
        for (Dependency d : s.children(t)) {
            if (d.relation().equals("aux") && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("have")) {
                perfect = true;
            }
        }
        for (TimeExpression te : doc.timesIn(s.index())) {
            int first = s.tokenAt(te.span());
            if (first < 0 || !ParseTree.near(s, first, t)) {
                continue;
            }
            if (first > 0 && s.tokens().get(first - 1).lemma().equalsIgnoreCase("since")) {
                return "background: 'since " + te.text() + "'";
            }
            if (te.text().toLowerCase().startsWith("since")) {
                return "background: '" + te.text() + "'";
            }
            if ("DURATION".equals(te.timexType()) && perfect) {
                return "campaign: perfect tense over a span ('" + te.text() + "')";
            }
            if (pastYear(doc, te)) {
                return "background: only a past year ('" + te.text() + "')";
            }
        }
        return null;
    }
}
