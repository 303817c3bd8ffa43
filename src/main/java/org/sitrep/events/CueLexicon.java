package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.TsvTable;
import org.sitrep.model.Sentence;

/**
 * Words that are not events themselves but tell which kind an event is: weapons ("drone",
 * "artillery"), victims ("villagers", "worshippers"), armed sides ("troops", "militants"),
 * protest and policing words. Read from {@code cues.tsv}; a phrase may carry several classes.
 */
final class CueLexicon {

    /** A cue phrase and the classes it signals. */
    record Cue(Phrase phrase, Set<String> classes) {
    }

    /** A cue found in a sentence: which tokens it covers and what it signals. */
    record CueHit(int[] tokens, Set<String> classes) {
        boolean covers(int token) {
            for (int t : tokens) {
                if (t == token) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "March" the month is no march, nor "May" a modal: time words are never cues. */
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    private final List<Cue> cues;

    CueLexicon(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static CueLexicon load() {
        return fromRows(TsvTable.resource(CueLexicon.class, "cues.tsv", 2, 2));
    }

    static CueLexicon fromRows(List<TsvTable.Row> rows) {
        List<Cue> out = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            TriggerLexicon.requireCells(r, 2);
            Set<String> classes = new LinkedHashSet<>();
            for (String c : r.cell(1).split(",")) {
                String cls = c.trim().toUpperCase(Locale.ROOT);
                if (!cls.matches("[A-Z_]+")) {
                    throw r.error("cue class must be A-Z or _, was '" + c + "'");
                }
                classes.add(cls);
            }
            out.add(new Cue(Phrase.parse(r.cell(0)), Set.copyOf(classes)));
        }
        return new CueLexicon(out);
    }

    /** The single words listed under a class (lower-case). */
    Set<String> wordsOf(String cls) {
        Set<String> out = new HashSet<>();
        for (Cue c : cues) {
            if (c.phrase().size() == 1 && c.classes().contains(cls)) {
                out.add(c.phrase().lemmas().get(0));
            }
        }
        return Set.copyOf(out);
    }

    List<CueHit> find(Sentence s) {
        List<CueHit> hits = new ArrayList<>();
        for (Cue c : cues) {
            for (int[] m : c.phrase().findAll(s)) {
                if (!TIME_NER.contains(s.tokens().get(m[0]).ner())) {
                    hits.add(new CueHit(m, c.classes()));
                }
            }
        }
        return hits;
    }

    /** Every class signalled anywhere in the hits. */
    static Set<String> classes(List<CueHit> hits) {
        Set<String> out = new HashSet<>();
        for (CueHit h : hits) {
            out.addAll(h.classes());
        }
        return out;
    }

    /** The classes of hits covering any of the given tokens. */
    static Set<String> classesAt(List<CueHit> hits, Set<Integer> tokens) {
        Set<String> out = new HashSet<>();
        for (CueHit h : hits) {
            for (int t : tokens) {
                if (h.covers(t)) {
                    out.addAll(h.classes());
                    break;
                }
            }
        }
        return out;
    }
}
