package org.sitrep.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.TsvTable;

/**
 * Words that mark a trigger as not an event (codebook section 1), by class, read from
 * {@code nonevents.tsv}: modal verbs, verbs of intent and denial that govern a trigger, court
 * and commemoration words, background phrases, non-political crime.
 */
final class NonEventLexicon {

    /** The classes of non-event marker; each has its own test in {@link NonEventFilter}. */
    enum Kind {
        NEGATION, MODAL, INTENT, DENIAL, HYPOTHETICAL, COURT, COMMEMORATION, BACKGROUND, NONPOLITICAL,
        COURT_SCENE, FIGURATIVE
    }

    private final Map<Kind, List<Phrase>> phrases;

    NonEventLexicon(Map<Kind, List<Phrase>> phrases) {
        this.phrases = phrases;
    }

    static NonEventLexicon load() {
        return fromRows(TsvTable.resource(NonEventLexicon.class, "nonevents.tsv", 2, 2));
    }

    static NonEventLexicon fromRows(List<TsvTable.Row> rows) {
        Map<Kind, List<Phrase>> map = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            map.put(k, new ArrayList<>());
        }
        for (TsvTable.Row r : rows) {
            TriggerLexicon.requireCells(r, 2);
            Kind k = r.enumCell(0, Kind.class);
            map.get(k).add(Phrase.parse(r.cell(1)));
        }
        Map<Kind, List<Phrase>> frozen = new EnumMap<>(Kind.class);
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new NonEventLexicon(frozen);
    }

    List<Phrase> of(Kind kind) {
        return phrases.get(kind);
    }

    /** Whether the single-word lemma is listed under the kind. */
    boolean has(Kind kind, String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        for (Phrase p : phrases.get(kind)) {
            if (p.size() == 1 && p.lemmas().get(0).equals(l)) {
                return true;
            }
        }
        return false;
    }
}
