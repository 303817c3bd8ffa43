package org.sitrep.casualties;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Span;

/**
 * Who a figure is attributed to: the subject of a verb of saying above the death word ("police
 * said 21 were killed", "the group claimed to have killed 30"), a saying verb hung off it ("21
 * were killed, officials said"), or "according to X". Null when the article speaks for itself.
 */
final class ClaimantFinder {

    private static final Set<String> UP = Set.of("ccomp", "xcomp", "parataxis", "dep", "acl", "conj",
            "advcl", "acl:relcl", "obj", "nsubj:pass", "nsubj", "obl", "nmod");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "his",
            "her", "their", "its");
    private static final int MAX_WORDS = 8;
    private static final Set<String> DENIED_NOUNS = Set.of("report", "claim", "allegation", "rumour",
            "rumor", "account");

    private final CasualtyLexicon lexicon;

    ClaimantFinder(CasualtyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    String find(Doc doc, Parse p, int predicate) {
        for (int cur = predicate, n = 0; cur >= 0 && n < 12; n++) {
            for (int c : p.children(cur, "parataxis")) {
                String who = speaker(doc, p, c);
                if (who != null) {
                    return who;
                }
            }
            int g = p.gov(cur);
            if (g < 0) {
                break;
            }
            if (!UP.contains(p.rel(cur))) {
                break;
            }
            String who = speaker(doc, p, g);
            if (who != null) {
                return who;
            }
            cur = g;
        }
        return accordingTo(doc, p, predicate);
    }

    /**
     * The "deny" verb a death word is denied under ("police denied that anyone was killed",
     * "it denied reports that four people were killed"), or -1. Only a denied statement counts:
     * "the army denied killing five civilians" denies who did it, not that they died.
     */
    int denial(Parse p, int predicate) {
        for (int cur = predicate, n = 0; cur >= 0 && n < 12; n++) {
            int g = p.gov(cur);
            if (g < 0 || !UP.contains(p.rel(cur))) {
                return -1;
            }
            if (p.lemma(g).equals("deny") && p.token(g).isVerb()) {
                boolean statement = p.rel(cur).equals("ccomp")
                        || (p.rel(cur).equals("obj") && DENIED_NOUNS.contains(p.lemma(cur)));
                return statement ? g : -1;
            }
            if (p.token(g).isVerb() && lexicon.speech(p.lemma(g))) {
                return -1;
            }
            cur = g;
        }
        return -1;
    }

    /** Who made the statement that is denied: "reports" in "denied reports that ...", else null. */
    String denied(Doc doc, Parse p, int deny) {
        for (int o : p.children(deny, "obj")) {
            if (DENIED_NOUNS.contains(p.lemma(o))) {
                return phrase(doc, p, o);
            }
        }
        return null;
    }

    /** The subject of a saying verb, or null when g is not one or has none. */
    private String speaker(Doc doc, Parse p, int verb) {
        if (!p.token(verb).isVerb() || !lexicon.speech(p.lemma(verb))) {
            return null;
        }
        List<Integer> subj = p.children(verb, "nsubj");
        return subj.isEmpty() ? null : phrase(doc, p, subj.get(0));
    }

    private String accordingTo(Doc doc, Parse p, int predicate) {
        int best = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.word(i).equals("according") && p.rel(i).equals("case") && p.gov(i) >= 0) {
                int source = p.gov(i);
                if (best < 0 || Math.abs(source - predicate) < Math.abs(best - predicate)) {
                    best = source;
                }
            }
        }
        return best < 0 ? null : phrase(doc, p, best);
    }

    /** A short name for a nominal: its compounds and modifiers, pronouns resolved backwards. */
    private String phrase(Doc doc, Parse p, int head) {
        if (PRONOUNS.contains(p.word(head))) {
            return antecedent(doc, p.token(head).span().start());
        }
        int lo = head;
        int hi = head;
        for (int c : p.children(head, "compound", "amod", "flat", "nmod:poss", "case", "det")) {
            if (p.rel(c).equals("case") && !p.word(c).equals("'s")) {
                continue;
            }
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        for (int c : p.children(head, "nmod", "appos")) {
            if (c > head && c - lo < MAX_WORDS) {
                hi = Math.max(hi, Math.max(c, lastCompound(p, c)));
            }
        }
        while (lo < head && (p.token(lo).pos().equals("DT") || p.rel(lo).equals("case"))) {
            lo++;
        }
        hi = Math.min(hi, lo + MAX_WORDS - 1);
        Span span = new Span(p.token(lo).span().start(), p.token(hi).span().end());
        return doc.text(span).replaceAll("\\s+", " ");
    }

    private static int lastCompound(Parse p, int i) {
        int hi = i;
        for (int c : p.children(i, "compound", "flat")) {
            hi = Math.max(hi, c);
        }
        return hi;
    }

    /** The last person or organisation named before the offset. */
    private static String antecedent(Doc doc, int offset) {
        EntityMention found = null;
        for (EntityMention m : doc.entities()) {
            if (m.span().end() <= offset && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
                found = m;
            }
        }
        return found == null ? null : found.text();
    }
}
