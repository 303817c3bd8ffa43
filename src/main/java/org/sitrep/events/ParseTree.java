package org.sitrep.events;

import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Small walks over a sentence's dependency tree shared by the events classes. */
final class ParseTree {

    private static final int REACH = 4;
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "ccomp", "conj",
            "parataxis", "acl:relcl", "xcomp");

    private ParseTree() {
    }

    /**
     * Whether a word belongs to the trigger's clause: it hangs (within a few steps) from the
     * trigger or from the word the trigger hangs from, so that "the 2024 election" does not date
     * a protest in the same sentence.
     */
    static boolean near(Sentence s, int word, int trigger) {
        if (word < 0) {
            return false;
        }
        Dependency up = s.head(trigger);
        int gov = up == null ? -1 : up.governor();
        int cur = word;
        for (int step = 0; step < REACH && cur >= 0; step++) {
            Dependency d = s.head(cur);
            if (d == null) {
                return false;
            }
            cur = d.governor();
            if (cur == trigger || cur >= 0 && cur == gov) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word hangs from the trigger itself, within a few steps ("a car bomb in X"),
     * without crossing into another clause ("..., while a bomb in Y wounded two").
     */
    static boolean under(Sentence s, int word, int trigger) {
        int cur = word;
        for (int step = 0; step < REACH && cur >= 0; step++) {
            Dependency d = s.head(cur);
            if (d == null || CLAUSE_LINKS.contains(d.relation())) {
                return false;
            }
            cur = d.governor();
            if (cur == trigger) {
                return true;
            }
        }
        return false;
    }
}
