package org.sitrep.casualties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Small read-only helpers over one sentence's dependency edges. */
final class Parse {

    private final Sentence sentence;

    Parse(Sentence sentence) {
        this.sentence = sentence;
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** Relation attaching the token to its head, or "" for none. */
    String rel(int i) {
        Dependency d = sentence.head(i);
        return d == null ? "" : d.relation();
    }

    /** The token's head, or -1. */
    int gov(int i) {
        Dependency d = sentence.head(i);
        return d == null ? -1 : d.governor();
    }

    /** Children of i attached by one of the relations (all children when none given). */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.children(i)) {
            if (relations.length == 0 || List.of(relations).contains(d.relation())) {
                out.add(d.dependent());
            }
        }
        out.sort(null);
        return out;
    }

    boolean hasChildLemma(int i, String lemma) {
        for (Dependency d : sentence.children(i)) {
            if (lemma(d.dependent()).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The preposition ("case") lemmas of a token, lower-cased. */
    List<String> cases(int i) {
        List<String> out = new ArrayList<>();
        for (int c : children(i, "case", "mark")) {
            out.add(word(c));
        }
        return out;
    }

    /** Whether a is i itself or one of its ancestors. */
    boolean dominates(int a, int i) {
        for (int cur = i, n = 0; cur >= 0 && n < 64; cur = gov(cur), n++) {
            if (cur == a) {
                return true;
            }
        }
        return false;
    }
}
