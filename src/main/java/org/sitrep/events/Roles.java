package org.sitrep.events;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Who did it and to whom, read off the dependency parse around a trigger word: the tokens of
 * the agent ("gunmen" in "gunmen killed ...") and of the patient ("worshippers", "soldiers").
 * Only the noun phrases' head words and their coordinated or "including" parts are returned;
 * the cue lexicon then tells what kind of side each is.
 */
final class Roles {

    private Roles() {
    }

    /** The patient of the trigger at token {@code t}. */
    static Set<Integer> victims(Sentence s, int t) {
        Set<Integer> out = new HashSet<>();
        Token tok = s.tokens().get(t);
        boolean passive = isPassive(s, t);
        for (Dependency d : s.children(t)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.equals("nsubj:pass")
                    || (!tok.isVerb() && isCase(s, d, "on", "against", "of", "targeting"))
                    || (tok.isVerb() && rel.equals("nsubj") && unaccusative(tok))
                    || (rel.equals("obl") && isCase(s, d, "on", "at"))) {
                addPhrase(s, d.dependent(), out);
            }
        }
        Dependency up = s.head(t);
        if (up != null && up.governor() >= 0 && !tok.isVerb()) {
            // "killed in an airstrike": the people killed are the strike's victims
            int gov = up.governor();
            for (Dependency d : s.children(gov)) {
                if (d.relation().equals("nsubj:pass") || d.relation().equals("obj")) {
                    addPhrase(s, d.dependent(), out);
                }
            }
        }
        if (!passive && out.isEmpty() && up != null && up.relation().equals("acl")) {
            addPhrase(s, up.governor(), out);
        }
        return out;
    }

    /** The agent of the trigger at token {@code t}. */
    static Set<Integer> agents(Sentence s, int t) {
        Set<Integer> out = new HashSet<>();
        Token tok = s.tokens().get(t);
        for (Dependency d : s.children(t)) {
            String rel = d.relation();
            if ((rel.equals("nsubj") && !unaccusative(tok))
                    || (rel.equals("obl") || rel.startsWith("nmod")) && isCase(s, d, "by")
                    || (!tok.isVerb() && (rel.equals("nmod:poss") || rel.equals("compound")
                            || rel.equals("amod")))) {
                addPhrase(s, d.dependent(), out);
            }
        }
        Dependency up = s.head(t);
        if (out.isEmpty() && up != null && up.governor() >= 0
                && (up.relation().equals("advcl") || up.relation().equals("conj")
                        || up.relation().equals("xcomp"))) {
            // "gunmen stormed the village, killing ...": the subject is shared
            for (Dependency d : s.children(up.governor())) {
                if (d.relation().equals("nsubj")) {
                    addPhrase(s, d.dependent(), out);
                }
            }
        }
        if (out.isEmpty() && up != null && up.relation().equals("acl:relcl")) {
            out.add(up.governor());
        }
        return out;
    }

    static boolean isPassive(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unaccusative(Token t) {
        String l = t.lemma().toLowerCase();
        return l.equals("die") || l.equals("explode") || l.equals("perish");
    }

    private static boolean isCase(Sentence s, Dependency d, String... preps) {
        for (Dependency c : s.children(d.dependent())) {
            if (c.relation().equals("case")) {
                String w = s.tokens().get(c.dependent()).lemma().toLowerCase();
                for (String p : preps) {
                    if (p.equals(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The head noun plus its compounds, modifiers and coordinated or included nouns. */
    private static void addPhrase(Sentence s, int head, Set<Integer> out) {
        if (!out.add(head)) {
            return;
        }
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (rel.equals("conj") || rel.equals("compound") || rel.equals("amod")
                    || rel.equals("appos") || rel.equals("nmod")) {
                addPhrase(s, d.dependent(), out);
            }
        }
    }
}
