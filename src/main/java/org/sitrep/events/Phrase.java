package org.sitrep.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A word or multi-word phrase of lemmas ("drone strike", "blow up"), matched against a sentence's
 * tokens. Later words may be separated from the first by a few tokens when they hang off it in
 * the parse, so that "blew himself up" matches "blow up" and "set the houses ablaze" "set ablaze".
 */
record Phrase(List<String> lemmas) {

    private static final int MAX_GAP = 3;

    Phrase {
        lemmas = List.copyOf(lemmas);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
    }

    static Phrase parse(String text) {
        return new Phrase(Arrays.asList(text.toLowerCase(Locale.ROOT).trim().split("\\s+")));
    }

    int size() {
        return lemmas.size();
    }

    /** The token indices matched when the phrase starts at token {@code start}, or null. */
    int[] matchAt(Sentence s, int start) {
        List<Token> toks = s.tokens();
        if (!matches(toks.get(start), lemmas.get(0))) {
            return null;
        }
        int[] out = new int[lemmas.size()];
        out[0] = start;
        int prev = start;
        for (int k = 1; k < lemmas.size(); k++) {
            int found = -1;
            for (int j = prev + 1; j < toks.size() && j <= prev + 1 + MAX_GAP; j++) {
                if (matches(toks.get(j), lemmas.get(k))
                        && (j == prev + 1 || attached(s, start, j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            out[k] = found;
            prev = found;
        }
        return out;
    }

    /** All non-overlapping matches in the sentence, as token-index arrays. */
    List<int[]> findAll(Sentence s) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            int[] m = matchAt(s, i);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    static boolean matches(Token t, String lemma) {
        return t.lemma().toLowerCase(Locale.ROOT).equals(lemma)
                || t.word().toLowerCase(Locale.ROOT).equals(lemma);
    }

    private static boolean attached(Sentence s, int a, int b) {
        for (Dependency d : s.dependencies()) {
            if ((d.governor() == a && d.dependent() == b) || (d.governor() == b && d.dependent() == a)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(" ", lemmas);
    }
}
