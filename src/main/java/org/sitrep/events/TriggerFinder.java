package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds trigger words in a sentence: lexicon phrases matched on lemmas, with the part of speech
 * checked on the phrase's head (the first word of a verb phrase, the last of a noun phrase).
 * Longer phrases claim their tokens first, so "suicide bomber" is not also read as "bomber".
 */
final class TriggerFinder {

    /** A matched trigger: its tokens, its head token and the lexicon row. */
    record Hit(int[] tokens, int head, Span span, TriggerLexicon.Entry entry) {
    }

    private static final Set<String> NOT_EVENT_NER = Set.of("DATE", "TIME", "DURATION", "SET",
            "PERSON", "NUMBER", "MONEY", "PERCENT", "ORDINAL");

    private final List<TriggerLexicon.Entry> byLength;

    TriggerFinder(TriggerLexicon lexicon) {
        List<TriggerLexicon.Entry> sorted = new ArrayList<>(lexicon.entries());
        sorted.sort(Comparator.comparingInt((TriggerLexicon.Entry e) -> -e.phrase().size()));
        this.byLength = List.copyOf(sorted);
    }

    List<Hit> find(Sentence s) {
        List<Hit> hits = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (TriggerLexicon.Entry e : byLength) {
            for (int[] m : e.phrase().findAll(s)) {
                int head = e.pos() == TriggerLexicon.Pos.VERB ? m[0] : m[m.length - 1];
                Token h = s.tokens().get(head);
                if (!e.pos().accepts(h.pos()) || NOT_EVENT_NER.contains(h.ner()) || overlaps(m, taken)) {
                    continue;
                }
                for (int t : m) {
                    taken.add(t);
                }
                Span span = new Span(s.tokens().get(m[0]).span().start(),
                        s.tokens().get(m[m.length - 1]).span().end());
                hits.add(new Hit(m, head, span, e));
            }
        }
        hits.removeIf(h -> modifiesNonEvent(s, h, hits));
        hits.sort(Comparator.comparingInt(Hit::head));
        return hits;
    }

    /**
     * A noun trigger used as a modifier of a noun that is no trigger itself names a kind of
     * thing, not an incident: "bomb squad", "protest leader", "attack submarine".
     */
    private static boolean modifiesNonEvent(Sentence s, Hit h, List<Hit> all) {
        if (!s.tokens().get(h.head()).isNoun()) {
            return false;
        }
        var up = s.head(h.head());
        if (up == null || !up.relation().equals("compound")) {
            return false;
        }
        for (Hit other : all) {
            for (int t : other.tokens()) {
                if (t == up.governor()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlaps(int[] m, Set<Integer> taken) {
        for (int t : m) {
            if (taken.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
